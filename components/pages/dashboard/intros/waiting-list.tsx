import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db/db';
import { t } from '@/utils/i18n';
import { splitIntros } from '@/utils/intro/lists';
import { formatRelative } from '@/components/ui/format';
import { useLiveQuery } from '@/components/ui/use-live-query';
import type { Members } from '../../shared/members';

const SHOWN = 5;

async function load(me: string) {
  const db = getDb();
  const rows = await db.introRequests.where('introducerId').equals(me).toArray();
  const waiting = splitIntros(rows, me).forMe.filter((r) => r.status === 'asked');
  const people = await db.people.bulkGet(waiting.slice(0, SHOWN).map((r) => r.targetPersonId));
  return {
    total: waiting.length,
    shown: waiting.slice(0, SHOWN).map((r, i) => ({ request: r, target: people[i]?.displayName ?? '…' })),
  };
}

const dashboard = (path: string) => browser.runtime.getURL(`/dashboard.html#/${path}`);

/** The popup's list of intro requests waiting for my answer, each opening in the dashboard. */
export function IntrosWaiting({ members }: { members: Members }) {
  const data = useLiveQuery(() => load(members.me), [members.me]);
  if (!data || data.total === 0) return null;
  return (
    <section class="intros" aria-labelledby="popup-intros">
      <h2 id="popup-intros">{t('intro_popup_heading')}</h2>
      <ul>
        {data.shown.map(({ request, target }) => (
          <li key={request.id} data-intro={request.id}>
            <a href={dashboard(`intro/${request.id}`)} target="_blank" rel="noreferrer">
              {t('intro_popup_row', members.nameOf(request.requesterId), target)}
            </a>{' '}
            <span class="muted">{formatRelative(request.createdAt)}</span>
          </li>
        ))}
      </ul>
      <a href={dashboard('intros')} target="_blank" rel="noreferrer">
        {t('intro_popup_all')}
        {data.total > SHOWN ? ` (${data.total})` : ''}
      </a>
    </section>
  );
}

import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { splitIntros } from '@/utils/intro/lists';
import type { IntroRequest } from '@/utils/model';
import { formatDate, formatNumber } from '@/components/ui/format';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { useMembers, type Members } from '../../shared/members';
import { hrefTo, type RouteProps } from '../router';
import { introStatusLabel, statusTone } from './labels';
import { useIsAdmin } from './role';
import './intros.css';

interface Loaded {
  rows: IntroRequest[];
  targets: Map<string, string>;
}

async function load(): Promise<Loaded> {
  const db = getDb();
  const rows = await db.introRequests.filter((r) => r.deletedAt == null).toArray();
  const people = await db.people.bulkGet([...new Set(rows.map((r) => r.targetPersonId))]);
  const targets = new Map<string, string>();
  for (const p of people) if (p) targets.set(p.id, p.displayName);
  return { rows, targets };
}

/** Every intro request I may see: asked of me, asked by me, and (admins) the rest of the team's. */
export function IntrosView(_props: RouteProps) {
  const members = useMembers();
  const admin = useIsAdmin();
  const data = useLiveQuery(load, []);
  if (!data) return <p role="status">{t('common_loading')}</p>;
  const lists = splitIntros(data.rows, members.me);
  const waiting = lists.forMe.filter((r) => r.status === 'asked').length;
  return (
    <section class="intros" aria-labelledby="intros-title">
      <header class="view-head">
        <h1 id="intros-title" tabIndex={-1}>
          {t('intro_title')}
        </h1>
        {waiting > 0 && <p class="count">{t('intro_badge_title', formatNumber(waiting))}</p>}
      </header>
      <IntroTable
        id="intros-for-me"
        title={t('intro_tab_for_me')}
        empty={t('intro_none_for_me')}
        rows={lists.forMe}
        targets={data.targets}
        members={members}
      />
      <IntroTable
        id="intros-mine"
        title={t('intro_tab_mine')}
        empty={t('intro_none_mine')}
        rows={lists.mine}
        targets={data.targets}
        members={members}
      />
      {admin && lists.others.length > 0 && (
        <IntroTable
          id="intros-team"
          title={t('intro_tab_team')}
          empty=""
          rows={lists.others}
          targets={data.targets}
          members={members}
        />
      )}
    </section>
  );
}

function IntroTable(props: {
  id: string;
  title: string;
  empty: string;
  rows: IntroRequest[];
  targets: ReadonlyMap<string, string>;
  members: Members;
}) {
  const { rows, members } = props;
  return (
    <section class="panel" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {rows.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <table class="intro-table" data-list={props.id}>
          <thead>
            <tr>
              <th scope="col">{t('intro_col_target')}</th>
              <th scope="col">{t('intro_col_requester')}</th>
              <th scope="col">{t('intro_col_introducer')}</th>
              <th scope="col">{t('intro_col_status')}</th>
              <th scope="col">{t('intro_col_asked')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-intro={r.id} data-status={r.status}>
                <td>
                  <a href={hrefTo('intro', r.id)}>{props.targets.get(r.targetPersonId) ?? '…'}</a>
                </td>
                <td>{members.nameOf(r.requesterId)}</td>
                <td>{members.nameOf(r.introducerId)}</td>
                <td>
                  <span class={statusTone(r.status)}>{introStatusLabel(r.status)}</span>
                </td>
                <td>{formatDate(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

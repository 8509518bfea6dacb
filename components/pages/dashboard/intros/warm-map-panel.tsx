import { getDb } from '@/utils/db';
import { getLang, t } from '@/utils/i18n';
import { warmMapFor } from '@/utils/background/intro-warm-map';
import type { Company } from '@/utils/model';
import { explainPath } from '@/utils/relationship/format-path';
import { formatNumber } from '@/components/ui/format';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { bandLabel } from '../../shared/labels';
import { useMembers } from '../../shared/members';
import { useSettings } from '../../shared/settings';
import { hrefTo } from '../router';
import './intros.css';

/** The company's warm map: everyone the team knows there, warmest first, with the strongest path to each. */
export function WarmMapPanel({ company }: { company: Pick<Company, 'id' | 'name'> }) {
  const members = useMembers();
  const settings = useSettings();
  const entries = useLiveQuery(
    () =>
      warmMapFor(getDb(), company, {
        me: members.me,
        names: members.names,
        halfLifeDays: settings?.strengthHalfLifeDays ?? 180,
        now: Date.now(),
      }),
    [company.id, company.name, members.me, members.names, settings?.strengthHalfLifeDays],
  );
  if (!entries) return null;
  const now = Date.now();
  const who = (memberId: string, name: string) => name || members.nameOf(memberId);
  return (
    <section class="panel" aria-labelledby="warm-map-title">
      <h2 id="warm-map-title">{t('intro_warm_heading', company.name)}</h2>
      {entries.length === 0 && <p class="muted">{t('intro_warm_none')}</p>}
      <ol class="introducers">
        {entries.map((e) => (
          <li key={e.personId} data-warm={e.personId}>
            <div class="who-head">
              <a href={hrefTo('person', e.personId)}>
                <strong>{e.displayName}</strong>
              </a>
              {e.title ? <span class="muted"> · {e.title}</span> : null}
            </div>
            <p>
              {t('intro_warm_best', who(e.best.memberId, e.best.name))}{' '}
              <span class={`badge band-${e.best.band}`}>
                {bandLabel(e.best.band)} · {formatNumber(Math.round(e.best.score))}
              </span>
            </p>
            <ul class="why">
              {explainPath(e.best.reasons, { locale: getLang(), now }).map((line, i) => (
                <li key={i} class="muted">
                  {line}
                </li>
              ))}
            </ul>
            {e.others.length > 0 && (
              <p class="muted">
                {t('intro_warm_also', e.others.map((o) => who(o.memberId, o.name)).join(', '))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

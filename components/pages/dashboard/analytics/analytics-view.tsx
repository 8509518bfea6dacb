import { useMemo, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { getLang, t } from '@/utils/i18n';
import { strongestCompanies } from '@/utils/relationship/analytics';
import { formatDuration } from '@/utils/relationship/format-path';
import { formatNumber, uiLocale } from '@/components/ui/format';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { useMembers } from '../../shared/members';
import { useSettings } from '../../shared/settings';
import { hrefTo, type RouteProps } from '../router';
import { Chart } from './chart';
import {
  contactPointsChart,
  funnelOf,
  introWeeklyChart,
  kindsChart,
  lastWeeks,
  newPeopleChart,
} from './series';
import './analytics.css';

export const RANGES = [4, 12, 26, 52] as const;

async function load() {
  const db = getDb();
  const [people, relationships, interactions, introRequests] = await Promise.all([
    db.people.toArray(),
    db.relationships.toArray(),
    db.interactions.toArray(),
    db.introRequests.toArray(),
  ]);
  return { people, relationships, interactions, introRequests };
}

/** Team analytics from the records in this browser: effort, growth, introductions, strongest companies. */
export function AnalyticsView(_props: RouteProps) {
  const data = useLiveQuery(load, []);
  const members = useMembers();
  const settings = useSettings();
  const [weeks, setWeeks] = useState<number>(12);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const locale = uiLocale();

  const view = useMemo(() => {
    if (!data) return null;
    const now = Date.now();
    const range = lastWeeks(weeks, now, timeZone);
    const nameOf = (id: string) => members.names.get(id) ?? members.nameOf(id);
    return {
      charts: [
        contactPointsChart(data.interactions, range, nameOf, locale),
        newPeopleChart(data.people, range, locale),
        kindsChart(data.interactions, range),
        introWeeklyChart(data.introRequests, range, now, locale),
      ],
      funnel: funnelOf(data.introRequests, range, now),
      companies: strongestCompanies(data, {
        clock: () => now,
        halfLifeDays: settings?.strengthHalfLifeDays ?? 180,
        limit: 10,
      }),
      people: new Map(data.people.map((p) => [p.id, p.displayName])),
      nameOf,
    };
  }, [data, weeks, members, settings?.strengthHalfLifeDays, locale]);

  return (
    <section class="analytics" aria-labelledby="analytics-title">
      <header class="view-head">
        <h1 id="analytics-title" tabIndex={-1}>
          {t('analytics_title')}
        </h1>
        <div class="actions">
          <label for="analytics-range">{t('analytics_range')}</label>
          <select
            id="analytics-range"
            value={String(weeks)}
            onChange={(e) => setWeeks(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {RANGES.map((n) => (
              <option key={n} value={String(n)}>
                {t('analytics_range_weeks', formatNumber(n))}
              </option>
            ))}
          </select>
        </div>
      </header>
      {!view ? (
        <p role="status">{t('common_loading')}</p>
      ) : (
        <>
          <div class="chart-grid">
            {view.charts.map((spec) => (
              <section class="panel" key={spec.id}>
                <Chart spec={spec} />
                {spec.id === 'points' && <p class="muted">{t('analytics_points_explain')}</p>}
                {spec.series.every((s) => s.values.every((v) => v === 0)) && (
                  <p class="muted">{t('analytics_empty')}</p>
                )}
                {spec.id === 'intros' && (
                  <div class="funnel" data-funnel>
                    <p>
                      {t(
                        'analytics_funnel_line',
                        formatNumber(view.funnel.asked),
                        formatNumber(view.funnel.accepted),
                        formatNumber(view.funnel.done),
                        formatNumber(view.funnel.declined),
                        formatNumber(view.funnel.withdrawn),
                        formatNumber(view.funnel.ignored),
                        formatNumber(view.funnel.pending),
                      )}
                    </p>
                    <p>
                      {view.funnel.medianAnswerMs === null
                        ? t('analytics_answer_none')
                        : t('analytics_answer_time', formatDuration(view.funnel.medianAnswerMs, getLang()))}
                    </p>
                  </div>
                )}
              </section>
            ))}
          </div>
          <section class="panel" aria-labelledby="analytics-companies">
            <h2 id="analytics-companies">{t('analytics_companies_title')}</h2>
            {view.companies.length === 0 ? (
              <p class="muted">{t('analytics_companies_none')}</p>
            ) : (
              <table class="companies-table">
                <thead>
                  <tr>
                    <th scope="col">{t('analytics_col_company')}</th>
                    <th scope="col">{t('analytics_col_known')}</th>
                    <th scope="col">{t('analytics_col_strong')}</th>
                    <th scope="col">{t('analytics_col_best')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.companies.map((c) => (
                    <tr key={c.key} data-company={c.name}>
                      <th scope="row">
                        {c.companyId ? <a href={hrefTo('company', c.companyId)}>{c.name}</a> : c.name}
                      </th>
                      <td>
                        <span class="meter" style={{ '--w': `${Math.min(100, c.score * 25)}%` }} />
                        {formatNumber(c.known)}
                      </td>
                      <td>{formatNumber(c.strong)}</td>
                      <td>
                        {t(
                          'analytics_best_line',
                          view.nameOf(c.best.memberId),
                          view.people.get(c.best.personId) ?? '…',
                          formatNumber(Math.round(c.best.score)),
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </section>
  );
}

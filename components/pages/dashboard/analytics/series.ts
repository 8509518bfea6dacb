import { t, type MessageKey } from '@/utils/i18n';
import type { Interaction, InteractionKind, IntroRequest, Person } from '@/utils/model';
import {
  contactPointsByWeek,
  interactionsByKind,
  introFunnel,
  newPeopleByWeek,
  type ChartRange,
  type IntroFunnel,
} from '@/utils/relationship/analytics';
import { introOutcome } from '@/utils/relationship/responsiveness';
import { isoDay } from '@/utils/relationship/dates';
import { isoWeekOf, weeksBetween } from '@/utils/relationship/weeks';

/**
 * What each chart draws, from the pure aggregations in utils/relationship: categories on x (weeks or
 * names), one or more series. The chart component turns a spec into uPlot options, and the same spec
 * into a table for screen readers, so both always show the same numbers.
 */
export interface ChartSpec {
  id: string;
  title: string;
  kind: 'lines' | 'bars';
  /** One label per x position: "Oct 12" for the week starting that Monday, or a category. */
  labels: string[];
  series: { label: string; values: number[]; color: string }[];
}

/** Okabe–Ito: eight colours told apart with every common colour-vision deficiency. */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#b8a200',
  '#5f5f5f',
];
const color = (i: number) => PALETTE[i % PALETTE.length] ?? '#0072b2';

const DAY_MS = 86_400_000;

const QUARTER_HOUR = 900_000;

/** The first instant of a calendar day in a zone (zones are UTC−12 to UTC+14, some on the quarter hour). */
export function startOfDay(day: string, timeZone?: string): number {
  const utc = Date.parse(`${day}T00:00:00Z`);
  for (let at = utc - 14 * 3_600_000; at <= utc + 12 * 3_600_000; at += QUARTER_HOUR) {
    if (isoDay(at, timeZone) === day) return at;
  }
  return utc;
}

/**
 * The last `weeks` ISO weeks, whole from the first Monday to the end of this week in the viewer's zone:
 * a meeting logged for later today (or this Friday) counts in this week's figures.
 */
export function lastWeeks(weeks: number, now: number, timeZone?: string): ChartRange {
  const thisMonday = Date.parse(`${isoWeekOf(now, timeZone).monday}T00:00:00Z`);
  const first = isoDay(thisMonday - (weeks - 1) * 7 * DAY_MS, 'UTC');
  const next = isoDay(thisMonday + 7 * DAY_MS, 'UTC');
  return {
    from: startOfDay(first, timeZone),
    to: startOfDay(next, timeZone) - 1,
    ...(timeZone ? { timeZone } : {}),
  };
}

/** "Oct 12" / "10/12": the Monday that starts each week. */
export function weekLabels(range: ChartRange, locale: string): string[] {
  const fmt = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const fmtEn = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const weeks = weeksBetween(range.from, range.to, range.timeZone);
  return weeks.map((w) =>
    (locale.startsWith('ja') ? fmt : fmtEn).format(Date.parse(`${w.monday}T00:00:00Z`)),
  );
}

export function contactPointsChart(
  interactions: readonly Interaction[],
  range: ChartRange,
  nameOf: (memberId: string) => string,
  locale: string,
): ChartSpec {
  const data = contactPointsByWeek(interactions, range);
  return {
    id: 'points',
    title: t('analytics_points_title'),
    kind: 'lines',
    labels: weekLabels(range, locale),
    series: data.series.map((s, i) => ({ label: nameOf(s.memberId), values: s.values, color: color(i) })),
  };
}

export function newPeopleChart(people: readonly Person[], range: ChartRange, locale: string): ChartSpec {
  const data = newPeopleByWeek(people, range);
  return {
    id: 'people',
    title: t('analytics_people_title'),
    kind: 'bars',
    labels: weekLabels(range, locale),
    series: [{ label: t('analytics_people_series'), values: data.counts, color: color(2) }],
  };
}

const KINDS: InteractionKind[] = ['meeting', 'event', 'call', 'email', 'message', 'note'];
const KIND_KEY: Record<InteractionKind, MessageKey> = {
  meeting: 'dash_kind_meeting',
  event: 'dash_kind_event',
  call: 'dash_kind_call',
  email: 'dash_kind_email',
  message: 'dash_kind_message',
  note: 'dash_kind_note',
};

export function kindsChart(interactions: readonly Interaction[], range: ChartRange): ChartSpec {
  const counts = interactionsByKind(interactions, range);
  return {
    id: 'kinds',
    title: t('analytics_kinds_title'),
    kind: 'bars',
    labels: KINDS.map((k) => t(KIND_KEY[k])),
    series: [{ label: t('analytics_count_series'), values: KINDS.map((k) => counts[k]), color: color(0) }],
  };
}

/** Requests asked, accepted and done per week: each counted in the week it happened. */
export function introWeeklyChart(
  requests: readonly IntroRequest[],
  range: ChartRange,
  now: number,
  locale: string,
): ChartSpec {
  const weeks = weeksBetween(range.from, range.to, range.timeZone).map((w) => w.key);
  const index = new Map(weeks.map((w, i) => [w, i]));
  const asked = weeks.map(() => 0);
  const accepted = weeks.map(() => 0);
  const done = weeks.map(() => 0);
  const bump = (values: number[], at: number | undefined) => {
    if (at === undefined || at < range.from || at > range.to) return;
    const i = index.get(isoWeekOf(at, range.timeZone).key);
    if (i !== undefined) values[i] = (values[i] ?? 0) + 1;
  };
  for (const r of requests) {
    if (r.deletedAt != null) continue;
    const o = introOutcome(r, now);
    bump(asked, o.askedAt);
    if (o.outcome === 'accepted') bump(accepted, o.answeredAt);
    if (o.done)
      bump(
        done,
        r.history.find((h) => h.status === 'done')?.at ?? (r.status === 'done' ? r.updatedAt : undefined),
      );
  }
  return {
    id: 'intros',
    title: t('analytics_intros_title'),
    kind: 'lines',
    labels: weekLabels(range, locale),
    series: [
      { label: t('analytics_intros_asked'), values: asked, color: color(0) },
      { label: t('analytics_intros_accepted'), values: accepted, color: color(2) },
      { label: t('analytics_intros_done'), values: done, color: color(1) },
    ],
  };
}

export function funnelOf(requests: readonly IntroRequest[], range: ChartRange, now: number): IntroFunnel {
  return introFunnel(requests, range, now);
}

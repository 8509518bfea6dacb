import { isoDay } from './dates';

const DAY_MS = 86_400_000;

export interface IsoWeek {
  /** '2026-W40': sorts as text in time order. */
  key: string;
  year: number;
  week: number;
  /** The Monday that starts it, YYYY-MM-DD. */
  monday: string;
}

function weekOfDay(day: string): IsoWeek {
  const date = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = date - weekday * DAY_MS;
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, year, week, monday: isoDay(monday, 'UTC') };
}

// Zone offsets change only on the hour, so every instant of one hour falls in the same week.
const HOUR_MS = 3_600_000;
const byHour = new Map<string, IsoWeek>();

/** The ISO 8601 week of an instant, in the given time zone (the runtime's when omitted). */
export function isoWeekOf(at: number, timeZone?: string): IsoWeek {
  const key = `${timeZone ?? ''}|${Math.floor(at / HOUR_MS)}`;
  let week = byHour.get(key);
  if (!week) {
    week = weekOfDay(isoDay(at, timeZone));
    if (byHour.size >= 200_000) byHour.clear();
    byHour.set(key, week);
  }
  return week;
}

/** Every week from the one holding `from` to the one holding `to`, so charts show empty weeks too. */
export function weeksBetween(from: number, to: number, timeZone?: string): IsoWeek[] {
  if (to < from) return [];
  const first = isoWeekOf(from, timeZone);
  const last = isoWeekOf(to, timeZone).key;
  const out: IsoWeek[] = [];
  let monday = Date.parse(`${first.monday}T00:00:00Z`);
  // A cap so a bad range cannot build an endless axis: 20 years of weeks.
  for (let i = 0; i < 1100; i += 1) {
    const week = weekOfDay(isoDay(monday, 'UTC'));
    out.push(week);
    if (week.key >= last) break;
    monday += 7 * DAY_MS;
  }
  return out;
}

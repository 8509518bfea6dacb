/** Dates as the explanations show them: ISO days for anything older than a few weeks, "2 weeks ago" otherwise. */

export type UiLocale = 'en' | 'ja';

export interface DateFormatOptions {
  /** "now" for relative dates (epoch ms). */
  now: number;
  /** IANA zone for calendar days; the runtime's zone when omitted. */
  timeZone?: string;
}

const DAY_MS = 86_400_000;
const RELATIVE_LIMIT_DAYS = 60;

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let fmt = dayFormatters.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    });
    dayFormatters.set(key, fmt);
  }
  return fmt;
}

/** The calendar day of `at` in the zone, as YYYY-MM-DD (same in English and Japanese, sorts as text). */
export function isoDay(at: number, timeZone?: string): string {
  const parts = dayFormatter(timeZone).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function dayNumber(at: number, timeZone?: string): number {
  return Date.parse(`${isoDay(at, timeZone)}T00:00:00Z`) / DAY_MS;
}

/** Whole calendar days from `at` to now (negative in the future). */
export function daysAgo(at: number, opts: DateFormatOptions): number {
  return dayNumber(opts.now, opts.timeZone) - dayNumber(at, opts.timeZone);
}

/** "yesterday", "3 days ago", "2 weeks ago" / "昨日", "3日前", "2週間前". */
export function formatRelative(at: number, locale: UiLocale, opts: DateFormatOptions): string {
  const days = Math.max(0, daysAgo(at, opts));
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const text = days < 14 ? rtf.format(-days, 'day') : rtf.format(-Math.floor(days / 7), 'week');
  // Intl puts a space between the number and 週間前; Japanese text doesn't.
  return locale === 'ja' ? text.replace(/(\d) (?=\S)/g, '$1') : text;
}

export type DateStyle = { style: 'relative'; text: string } | { style: 'absolute'; text: string };

/** Relative for the last couple of months, where "3 weeks ago" reads faster than a date; the ISO day otherwise. */
export function formatWhen(at: number, locale: UiLocale, opts: DateFormatOptions): DateStyle {
  const days = daysAgo(at, opts);
  if (days >= 0 && days < RELATIVE_LIMIT_DAYS)
    return { style: 'relative', text: formatRelative(at, locale, opts) };
  return { style: 'absolute', text: isoDay(at, opts.timeZone) };
}

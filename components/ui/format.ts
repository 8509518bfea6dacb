import { getLang } from '@/utils/i18n';

/** BCP 47 locale of the UI language, for every Intl formatter. */
export function uiLocale(): string {
  return getLang() === 'ja' ? 'ja-JP' : 'en';
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  const hit = cache.get(key) as T | undefined;
  if (hit) return hit;
  const made = make();
  cache.set(key, made);
  return made;
}

export function formatNumber(n: number): string {
  const locale = uiLocale();
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

export function formatDate(ms: number): string {
  const locale = uiLocale();
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(ms);
}

export function formatDateTime(ms: number): string {
  const locale = uiLocale();
  return cached(
    `dt:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(ms);
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 days ago" / "3日前"; under a minute is "now". */
export function formatRelative(ms: number, now = Date.now()): string {
  const locale = uiLocale();
  const rtf = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const diff = ms - now;
  for (const [unit, size] of STEPS) {
    if (Math.abs(diff) >= size) return rtf.format(Math.round(diff / size), unit);
  }
  return rtf.format(0, 'second');
}

/** yyyy-mm-dd in local time, for <input type="date">. */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of a yyyy-mm-dd value, or undefined when empty or invalid. */
export function fromDateInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const ms = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

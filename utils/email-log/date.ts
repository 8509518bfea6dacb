/**
 * When an email was sent, read from the date webmail shows beside it, in the browser's own time zone
 * (the one the page renders in). Pure and forgiving: anything unreadable is null, never a throw.
 *
 * Gmail (en):  "Mon, Jun 2, 2026, 9:14 AM"        Gmail (ja):  "2026年6月2日(月) 9:14"
 * Outlook (en): "Wed 6/3/2026 10:41 AM"           Outlook (ja): "2026/06/03 (水) 10:41"
 * en-GB:        "Tue 02/06/2026 09:14", "2 Jun 2026, 09:14"
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface DateReadOptions {
  /** Day before month in numeric dates (en-GB and most of the world); month first for en-US. */
  dayFirst?: boolean;
}

interface Parts {
  y: number;
  m: number;
  d: number;
}

function dayOf(text: string, opts: DateReadOptions): Parts | null {
  let m = /(\d{4})\s*[年/\-.]\s*(\d{1,2})\s*[月/\-.]\s*(\d{1,2})/.exec(text);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (m) {
    const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase());
    if (month >= 0) return { y: Number(m[3]), m: month + 1, d: Number(m[2]) };
  }
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (m) {
    const month = MONTHS.indexOf((m[2] ?? '').slice(0, 3).toLowerCase());
    if (month >= 0) return { y: Number(m[3]), m: month + 1, d: Number(m[1]) };
  }
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // A number above 12 can only be the day, whatever the locale says.
    const dayFirst = a > 12 ? true : b > 12 ? false : opts.dayFirst === true;
    return { y: Number(m[3]), m: dayFirst ? b : a, d: dayFirst ? a : b };
  }
  return null;
}

function timeOf(text: string): { h: number; min: number } | null {
  const m = /(午前|午後)?\s*\b(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?\s*([AaPp]\.?[Mm]\.?)?/.exec(text);
  if (!m) return null;
  let h = Number(m[2]);
  const min = Number(m[3]);
  const pm = m[1] === '午後' || /^p/i.test(m[4] ?? '');
  const am = m[1] === '午前' || /^a/i.test(m[4] ?? '');
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  return h < 24 && min < 60 ? { h, min } : null;
}

/** Epoch ms of a shown date (with its time when shown), or null when it is not one. */
export function readMailDate(text: string | null | undefined, opts: DateReadOptions = {}): number | null {
  const value = (text ?? '').slice(0, 200);
  if (!value.trim()) return null;
  const day = dayOf(value, opts);
  if (!day || day.m < 1 || day.m > 12 || day.d < 1 || day.d > 31 || day.y < 1990 || day.y > 2200) return null;
  const time = timeOf(value.replace(/(\d{4})\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,2}/, ''));
  const at = new Date(day.y, day.m - 1, day.d, time?.h ?? 12, time?.min ?? 0).getTime();
  // new Date rolls 31 June over into July: such a date was never real.
  const check = new Date(at);
  if (check.getMonth() !== day.m - 1 || check.getDate() !== day.d) return null;
  return at;
}

/** Whether the text shows a time of day too (a bare date is a weaker reading). */
export function hasTime(text: string): boolean {
  return timeOf(text) !== null;
}

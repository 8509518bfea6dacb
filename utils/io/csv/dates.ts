const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function utc(year: number, month: number, day: number): number | null {
  if (year < 100) year += year < 70 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 31 Feb over into March: reject days the month does not have.
  return new Date(ms).getUTCDate() === day ? ms : null;
}

/**
 * A calendar date as epoch ms at UTC midnight, from the ways exports write one: LinkedIn's
 * "24 Nov 2026" (and its older "11/24/26"), ISO "2026-11-24", "2026/11/24", "2026年11月24日",
 * "Nov 24, 2026". Null when it is not a date.
 */
export function parseDate(input: string): number | null {
  const s = input.normalize('NFKC').trim();
  let m = /^(\d{1,2})[\s-]([a-z]{3,4})[a-z]*\.?[\s-](\d{2,4})$/i.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    return month ? utc(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([a-z]{3,4})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    return month ? utc(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s].*)?$/.exec(s);
  if (m) return utc(Number(m[1]), Number(m[2]), Number(m[3]));
  // Slashed dates without a 4-digit year first are month/day/year, as US LinkedIn exports wrote them.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (m) return utc(Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

import { expect, it } from 'vitest';
import { phoneKey, type CountryCode } from '@/utils/identity';
import { describeCorpus, readCorpus, report } from './corpora';

type MatcherCase = { text: string; region: string };
type MatcherFile = { cases: Record<string, MatcherCase[]> };

const load = (): MatcherFile =>
  JSON.parse(readCorpus('phone-libphonenumber', 'PhoneNumberMatcherTest.cases.json')) as MatcherFile;
const keyOf = (c: MatcherCase) => phoneKey(c.text.replace(/&nbsp;/g, '\u00a0'), c.region as CountryCode);

describeCorpus('phone-libphonenumber', () => {
  // These lists come from libphonenumber's text matcher. Only two of them say something about keys:
  // IMPOSSIBLE_CASES (dates, times, too few or too many digits) must never give a key, and the
  // STRICT/EXACT_GROUPING cases are numbers written the way people write them, which should.
  // VALID_CASES and POSSIBLE_ONLY_CASES test how loosely a matcher may group digits in running text
  // ("12 7/8 - 14 12/34 - 5"); a key refuses such text on purpose, so they are not scored.

  // Floor 100%: a key made from a date would merge strangers; every impossible case must be refused.
  it('refuses every impossible number', () => {
    const cases = load().cases.IMPOSSIBLE_CASES ?? [];
    const keyed = cases.filter((c) => keyOf(c).ok).map((c) => `${c.region} ${c.text}`);
    const passed = cases.length - keyed.length;
    expect(
      report('phone-libphonenumber impossible (must reject)', passed, cases.length, 100),
      keyed.join('\n'),
    ).toBe(true);
  });

  // Floor 85%: upstream runs these against its own test metadata, with made-up number ranges; with
  // real metadata "+49-49-34" (DE), "+33 3 34 23 12" and "+33 3 34 2312" (FR, too short) and
  // "01 (33) 3461 2234" (MX, the retired 01 prefix) are not valid numbers, and are rightly refused.
  it('keys the well-grouped numbers, each group to one key', () => {
    const file = load().cases;
    const cases = [...(file.STRICT_GROUPING_CASES ?? []), ...(file.EXACT_GROUPING_CASES ?? [])];
    const misses = cases.filter((c) => !keyOf(c).ok).map((c) => `${c.region} ${c.text}`);
    const passed = cases.length - misses.length;
    expect(
      report('phone-libphonenumber grouped (must accept)', passed, cases.length, 85),
      misses.join('\n'),
    ).toBe(true);
    // The US spellings of 415 666 7777, extensions and full-width digits included, are one number.
    const us = cases.filter((c) => c.region === 'US' && /^[+1 ]*[4４]/.test(c.text)).map((c) => keyOf(c));
    expect(us.length).toBeGreaterThan(5);
    expect(new Set(us.map((r) => (r.ok ? r.key : r.reason)))).toEqual(new Set(['+14156667777']));
  });
});

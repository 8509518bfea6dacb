import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { fail, ok, safely, type KeyResult } from './result';

export type { CountryCode };

// Dashes people and IMEs type between digit groups, the katakana long-vowel mark among them
// (a common mistake in Japanese documents: ０３ー１２３４ー５６７８).
const DASHES = /[\u2010-\u2015\u2212\u2043\u30fc\uff70\ufe58\ufe63\uff0d~〜～]/g;
// What follows one of these is an extension: never part of the number's identity.
const EXTENSION = /(?:\s*(?:内線|内|ext\.?|extension|#|;ext=)|(?<=[\d\s)])x)\s*[\d-]+\s*\)?\s*$/iu;

// Dates and times are digit groups too; a key must never come from one. Slashes or dots between
// day, month and year groups, or an ISO date, or a clock time.
const DATE_LIKE = [
  /^\d{1,4}[/.]\d{1,2}[/.]\d{2,4}$/,
  /^(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?:\s|$)/,
  /\d{1,2}:\d{2}/,
];

function clean(input: string): string {
  let s = (/^[\x20-\x7e]*$/.test(input) ? input : input.normalize('NFKC')).trim().replace(DASHES, '-');
  s = s.replace(/^tel:/i, '');
  s = s.replace(EXTENSION, '');
  // "+81 (0)3-..." keeps the domestic trunk 0 in brackets; dialled from abroad it is dropped.
  s = s.replace(/^(\s*\+\s*\d{1,3})[\s.-]*\(\s*0\s*\)/, '$1 ');
  return s.trim();
}

/**
 * The identity key of a phone number: E.164, like '+81312345678'. Numbers without a country code
 * are read in `region` (Japan unless told otherwise). Extensions are dropped: a switchboard with
 * extensions is one number. Numbers that are not valid for their region are rejected; validity is
 * checked against the full ("max") metadata, because the small set accepts, say, a US number
 * without its country code as a Japanese one, and a wrong key is worse than none.
 */
export function phoneKey(input: string, region: CountryCode = 'JP'): KeyResult {
  return safely(() => {
    if (typeof input !== 'string') return fail('not text');
    if (input.length > 200) return fail('too long for a phone number');
    const text = clean(input);
    if (!/\d/.test(text)) return fail('no digits');
    if (DATE_LIKE.some((pattern) => pattern.test(text))) return fail('looks like a date or a time');
    // Settings may hold 'jp' or 'us'; an unknown code falls back to Japan rather than failing.
    const upper = typeof region === 'string' ? region.toUpperCase() : '';
    const defaultCountry = isSupportedCountry(upper) ? upper : 'JP';
    const parsed = parsePhoneNumberFromString(text, defaultCountry);
    if (!parsed) return fail('not a phone number');
    if (!parsed.isValid()) return fail(`not a valid number for ${parsed.country ?? defaultCountry}`);
    return ok(parsed.number);
  });
}

import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { fail, ok, safely, type KeyResult } from './result';

export type { CountryCode };

// Dashes people and IMEs type between digit groups, the katakana long-vowel mark among them
// (a common mistake in Japanese documents: ０３ー１２３４ー５６７８).
const DASHES = /[\u2010-\u2015\u2212\u2043\u30fc\uff70\ufe58\ufe63\uff0d~〜～]/g;
// What follows one of these is an extension: never part of the number's identity.
const EXTENSION = /\s*(?:内線|内|ext\.?|extension|x|#|;ext=)\s*[\d-]+\s*\)?\s*$/iu;

function clean(input: string): string {
  let s = input.normalize('NFKC').trim().replace(DASHES, '-');
  s = s.replace(/^tel:/i, '');
  s = s.replace(EXTENSION, '');
  // "+81 (0)3-..." keeps the domestic trunk 0 in brackets; dialled from abroad it is dropped.
  s = s.replace(/^(\s*\+\s*\d{1,3})[\s.-]*\(\s*0\s*\)/, '$1 ');
  return s.trim();
}

/**
 * The identity key of a phone number: E.164, like '+81312345678'. Numbers without a country code
 * are read in `region` (Japan unless told otherwise). Extensions are dropped: a switchboard with
 * extensions is one number. Numbers that are not valid for their region are rejected.
 */
export function phoneKey(input: string, region: CountryCode = 'JP'): KeyResult {
  return safely(() => {
    if (typeof input !== 'string') return fail('not text');
    if (input.length > 200) return fail('too long for a phone number');
    const text = clean(input);
    if (!/\d/.test(text)) return fail('no digits');
    const defaultCountry = isSupportedCountry(region) ? region : 'JP';
    const parsed = parsePhoneNumberFromString(text, defaultCountry);
    if (!parsed) return fail('not a phone number');
    if (!parsed.isValid()) return fail(`not a valid number for ${parsed.country ?? defaultCountry}`);
    return ok(parsed.number);
  });
}

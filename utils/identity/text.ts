/**
 * Text folding shared by every key: the same name or address typed on a Japanese IME, pasted from a
 * PDF or scraped from a page must fold to the same string.
 */

// Combining diacritics of Latin, Greek and Cyrillic only: the kana voicing marks (U+3099, U+309A)
// are not in these ranges, so が never folds to か.
const DIACRITIC_RANGES: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
const isDiacritic = (ch: string): boolean => {
  const code = ch.codePointAt(0) ?? 0;
  return DIACRITIC_RANGES.some(([from, to]) => code >= from && code <= to);
};
function dropDiacritics(s: string): string {
  // Every diacritic range is in the BMP, so UTF-16 units can be tested one by one.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i += 1) {
    if (isDiacritic(s[i] ?? '')) {
      out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

// Letters that carry no combining mark in NFD yet readers treat as the plain letter.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
};
const SPECIAL_LETTER_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** Removes Latin accents: "Müller" → "Muller", "Tarō" → "Taro"; kana and kanji are left whole. */
export function foldAccents(s: string): string {
  return dropDiacritics(s.normalize('NFD'))
    .normalize('NFC')
    .replace(SPECIAL_LETTER_RE, (c) => SPECIAL_LETTERS[c] ?? c);
}

/** Collapses every run of whitespace (ideographic space included) to one space and trims. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u3000\u200b\u2060\ufeff]+/gu, ' ').trim();
}

/** Combining marks with nothing to combine with (after a space or at the start) are dropped. */
const ORPHAN_MARKS = /(^|\s)\p{M}+/gu;

/** Drops combining marks at the start of a word, as left when text is split on punctuation. */
export const dropLeadingMarks = (word: string): string => word.replace(/^\p{M}+/u, '');

const STABLE_AFTER_FOLD = /^[\x20-\x7e\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]*$/u;
const PRINTABLE_ASCII = /^[\x20-\x7e\t\n\r]*$/;

const fold = (s: string): string =>
  collapseSpaces(
    foldAccents(s.normalize('NFKC')).toLowerCase().normalize('NFKC').replace(ORPHAN_MARKS, '$1'),
  );

/**
 * NFKC (full-width letters and digits to ASCII, half-width kana to full-width), lower case, Latin
 * accents removed, whitespace collapsed. Idempotent.
 */
export function normalizeText(s: string): string {
  // Printable ASCII (the bulk of names and addresses) is already NFKC and has no accents.
  if (PRINTABLE_ASCII.test(s)) return collapseSpaces(s.toLowerCase());
  let out = fold(s);
  // Kana, kanji and ASCII come out of one fold final; anything else is folded until stable, since
  // lower-casing or removing accents can expose new compatibility forms (at most twice more).
  if (STABLE_AFTER_FOLD.test(out)) return out;
  for (let i = 0; i < 2; i += 1) {
    const next = fold(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

const HALF_WIDTH_KANA = /[\uff61-\uff9f]+/g;

/**
 * Katakana to hiragana and half-width kana to full-width, so ヤマダ, ﾔﾏﾀﾞ and やまだ compare equal.
 * Everything else is left alone. Idempotent.
 */
export function foldKana(s: string): string {
  const full = s.replace(HALF_WIDTH_KANA, (run) => run.normalize('NFKC'));
  let out = '';
  for (const ch of full) {
    const code = ch.codePointAt(0) ?? 0;
    // ァ (U+30A1) .. ヶ (U+30F6) and the iteration marks ヽ ヾ sit exactly 0x60 above hiragana.
    if ((code >= 0x30a1 && code <= 0x30f6) || code === 0x30fd || code === 0x30fe) {
      out += String.fromCodePoint(code - 0x60);
    } else {
      out += ch;
    }
  }
  return out;
}

/** True when the string holds kana or CJK ideographs (a Japanese, Chinese or Korean name). */
export function hasCjk(s: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]/u.test(s);
}

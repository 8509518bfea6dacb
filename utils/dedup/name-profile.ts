import { foldKana, foldRomaji, hasCjk, normalizeText, romanizeKana } from '../identity';
import type { Person } from '../model';
import { foldKanjiVariants } from './kanji-variants';
import { isRoleAddress } from './roles';

const HAN = /^[\p{Script=Han}々〆ヶ]+$/u;
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const scriptOf = (s: string): 'han' | 'kana' | 'mixed' =>
  HAN.test(s) ? 'han' : KANA.test(s) ? 'kana' : 'mixed';

/** Where a Latin-letter form of a name came from; comparisons say which one matched. */
export type NameSource = 'name' | 'fields' | 'reading' | 'handle';

/** A name in Latin letters as ordered words: lower case, accents and romaji long vowels folded. */
export interface NameForm {
  tokens: string[];
  source: NameSource;
}

export interface NameProfile {
  display: string;
  latin: NameForm[];
  /** Kanji/kana name as written, katakana folded to hiragana, spaces removed. */
  cjk: string | null;
  /** The same with its two words the other way round, when it had two. */
  cjkSwapped: string | null;
  /** Which script `cjk` is in: kanji and kana spell one name with different letters. */
  cjkScript: 'han' | 'kana' | 'mixed' | null;
  /** `cjk` with variant kanji folded (齋藤 → 斎藤). */
  cjkFolded: string | null;
}

// Words around a name that are not part of it, as they look once dots are removed.
const TITLES = new Set('mr mrs ms miss mx dr prof sir dame rev mme mlle herr frau'.split(' '));
const SUFFIXES = new Set('jr sr ii iii iv phd md mba esq cpa cfa san sama sensei kun chan'.split(' '));
const CJK_HONORIFICS = ['さま', 'さん', '様', '殿', '氏', '先生'];
const ASCII = /^[\x20-\x7e]*$/;
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}\u30fc\s・]+$/u;

/**
 * Memo for pure word-level functions: the same family and given names recur across thousands of
 * records (a third of Japan shares a hundred family names), so each is folded once. Bounded.
 */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      out = fn(s);
      if (cache.size >= 100_000) cache.clear();
      cache.set(s, out);
    }
    return out;
  };
}

// Only words holding a long vowel, an "m" before b/m/p, an apostrophe or a non-ASCII letter change.
const ROMAJI_FOLDS = /oh|ou|oo|uu|aa|ee|m[bmp]|n'|[^ -~]/;
const foldWord = memo((w) => (ROMAJI_FOLDS.test(w) ? foldRomaji(w) : w));
const romanize = memo(romanizeKana);

/** normalizeText, with a shortcut for plain ASCII where it comes down to lower case and spaces. */
export function fastNormalize(s: string): string {
  if (ASCII.test(s)) {
    const lower = s.toLowerCase();
    return ODD_SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
  }
  // Kanji and kana have no case or accents: NFKC (half-width kana, full-width spaces) is all they need.
  if (PLAIN_CJK.test(s)) return s.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return normalizeText(s);
}
const ODD_SPACE = /^\s|\s$|\s\s|[\t\n\r\f\v]/;
const PLAIN_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\s\u3000ー々・]+$/u;

const ASCII_SPLIT = /[^a-z0-9]+/;
const SPLIT = /[^\p{L}\p{N}]+/u;

const PLAIN_ASCII_WORDS = /^[a-z0-9 -]*$/;
const ALNUM_RUNS = /[a-z0-9]+/g;

function latinTokens(normal: string): string[] {
  // The usual case, plain letters and spaces: one pass, no copies.
  if (PLAIN_ASCII_WORDS.test(normal)) {
    const words = normal.match(ALNUM_RUNS) ?? [];
    let start = 0;
    let end = words.length;
    while (end - start > 1 && TITLES.has(words[start] ?? '')) start += 1;
    while (end - start > 1 && SUFFIXES.has(words[end - 1] ?? '')) end -= 1;
    const out = start === 0 && end === words.length ? words : words.slice(start, end);
    for (let i = 0; i < out.length; i += 1) out[i] = foldWord(out[i] ?? '');
    return out;
  }
  // "Yamada, Taro": the part after the comma is the given name, unless it is a suffix ("Smith, Jr.").
  let s = normal.replace(/[.'’`´]/g, '');
  const split = ASCII.test(s) ? ASCII_SPLIT : SPLIT;
  const comma = s.indexOf(',');
  if (comma > 0) {
    const after = s.slice(comma + 1).trim();
    const afterWords = after.split(split).filter(Boolean);
    if (afterWords.length > 0 && !afterWords.every((w) => SUFFIXES.has(w)))
      s = `${after} ${s.slice(0, comma)}`;
  }
  let words = s.split(split).filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0] ?? '')) words = words.slice(1);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1] ?? '')) words = words.slice(0, -1);
  return words.map(foldWord);
}

/**
 * Words of a kanji/kana name. Its order is not trusted (nameOrder defaults to western even for
 * 山田 太郎), so comparisons try both orders of a two-word name instead.
 */
const KATAKANA = /[\u30a1-\u30fe\uff61-\uff9f]/;
const MARKS = /[\p{P}\p{S}]/gu;

function cjkWords(normal: string): string[] {
  let s = KATAKANA.test(normal) ? foldKana(normal) : normal;
  MARKS.lastIndex = 0;
  if (MARKS.test(s)) s = s.replace(MARKS, ' ').trim();
  for (const h of CJK_HONORIFICS) if (s.length > h.length && s.endsWith(h)) s = s.slice(0, -h.length).trim();
  return s.split(' ').filter(Boolean);
}

function addForm(forms: NameForm[], tokens: string[], source: NameSource): void {
  if (tokens.length === 0) return;
  const joined = tokens.join(' ');
  if (forms.some((f) => f.tokens.join(' ') === joined)) return;
  forms.push({ tokens, source });
}

/**
 * Names read from handles, for records with no name in Latin letters: an address local part like
 * taro.yamada or t_yamada, a LinkedIn slug like taro-yamada-4a1b. Keys as hardKeysOfPerson makes them.
 */
function handleName(key: string): string[] {
  let parts: string[];
  if (key.startsWith('email:')) {
    if (isRoleAddress(key.slice(6))) return [];
    parts = key.slice(6, key.indexOf('@')).split(/[._-]/);
    if (parts.length !== 2) return [];
  } else if (key.startsWith('li:in/')) {
    // The trailing word with digits is LinkedIn's disambiguator, not a name.
    parts = key
      .slice(6)
      .split('-')
      .filter((w) => !/\d/.test(w));
    if (parts.length < 2 || parts.length > 3) return [];
  } else return [];
  if (!parts.every((w) => /^[a-z]+$/.test(w)) || parts.every((w) => w.length === 1)) return [];
  return parts.map(foldWord);
}

export function nameProfile(p: Person, hardKeys: readonly string[] = []): NameProfile {
  const latin: NameForm[] = [];
  let cjk: string | null = null;
  let cjkSwapped: string | null = null;
  const display = fastNormalize(p.displayName);
  if (hasCjk(display)) {
    const words = cjkWords(display);
    cjk = words.join('');
    if (words.length === 2) cjkSwapped = `${words[1]}${words[0]}`;
    if (KANA_ONLY.test(display)) addForm(latin, latinTokens(romanize(display)), 'reading');
  } else addForm(latin, latinTokens(display), 'name');

  const given = p.givenName ? fastNormalize(p.givenName) : '';
  const family = p.familyName ? fastNormalize(p.familyName) : '';
  if (given || family) {
    if (hasCjk(given + family)) {
      cjk ??= foldKana(family + given).replace(/\s+/g, '');
      if (given && family) cjkSwapped ??= foldKana(given + family).replace(/\s+/g, '');
    } else {
      // Most records hold the same name twice, as display name and as parts: read it once.
      const parts = `${given} ${family}`;
      if (parts !== display && `${family} ${given}` !== display) addForm(latin, latinTokens(parts), 'fields');
    }
  }
  if (p.givenNamePhonetic || p.familyNamePhonetic) {
    const reading = `${romanize(p.givenNamePhonetic ?? '')} ${romanize(p.familyNamePhonetic ?? '')}`;
    addForm(latin, latinTokens(fastNormalize(reading)), 'reading');
  }
  if (latin.length === 0) for (const k of hardKeys) addForm(latin, handleName(k), 'handle');
  return {
    display: p.displayName,
    latin,
    cjk,
    cjkSwapped,
    cjkScript: cjk ? scriptOf(cjk) : null,
    cjkFolded: cjk ? foldKanjiVariants(cjk) : null,
  };
}

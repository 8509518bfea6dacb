import {
  CJK_SUFFIXES,
  COMMA_SUFFIXES,
  ROMAJI_HONORIFICS,
  SUFFIXES,
  TITLES,
  TRAILING_PHRASES,
} from './name-parts';
import { fail, ok, safely, type KeyResult } from './result';
import { dropLeadingMarks, foldKana, hasCjk, normalizeText } from './text';

export type NameKeyOptions = { order?: 'western' | 'family-first' };

/**
 * Drops asides: "(山田太郎)", "[Sales]", and quoted nicknames ("Robert 'Bob' Smith", ''Wes'').
 * A quoted part just before a comma is the family name ('"Franců Franců", Jan') and stays.
 */
function dropAsides(s: string): string {
  const without = s
    .replace(/\([^()]*\)|\[[^[\]]*\]|「[^「」]*」|【[^【】]*】/g, ' ')
    .replace(/(^|\s)(''|"|“|')[^"“”']+(''|"|”|')(?=\s|$)/g, ' ')
    .replace(/["“”]/g, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(without) ? without : s;
}

/** "Yamada Taro / 山田太郎": one name in two scripts; the kanji or kana form is the one keyed. */
function oneScript(s: string): string {
  const parts = s.split(/[/|]/).map((part) => part.trim());
  if (parts.length < 2) return s;
  const cjk = parts.filter((part) => hasCjk(part));
  const other = parts.filter((part) => !hasCjk(part) && /[\p{L}]/u.test(part));
  return cjk.length === 1 && other.length >= 1 ? (cjk[0] ?? s) : s;
}

const isNameWord = (word: string): boolean => !TITLES.has(word) && !SUFFIXES.has(word);

function stripCjkSuffixes(name: string): string {
  let out = name.trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of CJK_SUFFIXES) {
      if (out.length > suffix.length && out.endsWith(suffix)) {
        out = out.slice(0, out.length - suffix.length).trim();
        changed = true;
      }
    }
  }
  return out;
}

function cjkKey(s: string, order: NameKeyOptions['order']): string {
  const spaced = foldKana(s)
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/)
    .map(dropLeadingMarks)
    .filter((word) => word !== '' && !TITLES.has(word))
    .join(' ');
  const name = stripCjkSuffixes(spaced);
  // "Taro Yamada 様": once the honorific is gone the name is Latin and keyed as one.
  if (!hasCjk(name)) return latinKey(name);
  const words = name.split(' ');
  // Written given name first ("太郎 山田"): turn it round so the key is family-first like the name.
  if (order === 'western') words.reverse();
  return stripCjkSuffixes(words.join(''));
}

function latinWords(s: string): string[] {
  return s
    .replace(/[.'’`´]/g, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(' ')
    .map(dropLeadingMarks)
    .filter((word) => word !== '');
}

/**
 * Latin names are keyed as a set of words, so every step here depends only on which words there
 * are, never on where they stand; that makes the key order-independent and the key of a key the
 * key itself. Commas are the one exception, and a key has none.
 */
function latinKey(s: string): string {
  const text = s.replace(ROMAJI_HONORIFICS, '').replace(TRAILING_PHRASES, ' ');
  // After the first comma come either suffixes ("John Smith, PhD") or the given name ("Smith, John").
  const [head = '', ...rest] = text.split(',');
  const tail = rest.filter((part) => !latinWords(part).every((word) => COMMA_SUFFIXES.has(word)));
  const all = [head, ...tail].flatMap(latinWords);
  const named = all.filter(isNameWord);
  let words = named.length > 0 ? named : all;
  // A middle initial comes and goes ("John Q. Smith"); drop lone letters when two words remain.
  const full = words.filter((word) => [...word].length > 1);
  if (full.length >= 2) words = full;
  return [...words].sort().join(' ');
}

/**
 * The identity key of a person's name.
 *
 * Latin-script names give an order-independent key: the words sorted, so "Yamada Taro",
 * "TARO YAMADA" and "Yamada, Taro" agree (Japanese names are written both ways in Latin script,
 * and the order is not reliably known). Titles (Mr, Dr, Prof...), suffixes (Jr., PhD, MBA, "-san"),
 * quoted nicknames and lone middle initials are dropped; accents, case and hyphens are folded
 * ("Jean-Luc" = "Jean Luc").
 *
 * A name given in two scripts ("山田 太郎 (Taro Yamada)", "Taro Yamada / 山田太郎") is keyed by its
 * kanji or kana form. Names in kana or kanji give a family-first key with spaces removed ("山田 太郎" = "山田太郎"),
 * honorifics dropped (様, さん, 殿, 氏, 先生...), katakana folded to hiragana. Pass
 * `order: 'western'` when such a name was written given name first, so it is turned round.
 */
export function personNameKey(name: string, opts: NameKeyOptions = {}): KeyResult {
  return safely(() => {
    if (typeof name !== 'string') return fail('not text');
    if (name.length > 500) return fail('too long for a name');
    const normal = oneScript(dropAsides(normalizeText(name)));
    if (!/[\p{L}\p{N}]/u.test(normal)) return fail('no letters in it');
    const key = hasCjk(normal) ? cjkKey(normal, opts.order) : latinKey(normal);
    if (key === '') return fail('no name left once titles are removed');
    return ok(key);
  });
}

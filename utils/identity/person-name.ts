import { CJK_SUFFIXES, COMMA_SUFFIXES, PREFIX_TITLES, ROMAJI_HONORIFICS, SUFFIXES } from './name-parts';
import { fail, ok, safely, type KeyResult } from './result';
import { foldKana, hasCjk, normalizeText } from './text';

export type NameKeyOptions = { order?: 'western' | 'family-first' };

/** Drops "(山田太郎)", "[Sales]" and quoted nicknames when a name is left beside them. */
function dropAsides(s: string): string {
  const without = s
    .replace(/\([^()]*\)|\[[^[\]]*\]|「[^「」]*」|【[^【】]*】/g, ' ')
    .replace(/"[^"]*"|“[^“”]*”/g, ' ')
    .replace(/\s'[^']*'\s/g, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(without) ? without : s;
}

function cjkKey(s: string, order: NameKeyOptions['order']): string {
  let name = foldKana(s)
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of CJK_SUFFIXES) {
      if (name.length > suffix.length && name.endsWith(suffix)) {
        name = name.slice(0, name.length - suffix.length).trim();
        changed = true;
      }
    }
  }
  const words = name.split(' ').filter((word) => word !== '' && !PREFIX_TITLES.has(word));
  // Written given name first ("太郎 山田"): turn it round so the key is family-first like the name.
  if (order === 'western') words.reverse();
  return words.join('');
}

function latinWords(s: string): string[] {
  return s
    .replace(/[.'’`´]/g, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/** One pass: titles off the front, suffixes off the back, lone initials out. */
function latinPass(words: string[]): string[] {
  let out = words;
  while (out.length > 1 && PREFIX_TITLES.has(out[0] ?? '')) out = out.slice(1);
  while (out.length > 1 && SUFFIXES.has(out[out.length - 1] ?? '')) out = out.slice(0, -1);
  // A middle initial comes and goes ("John Q. Smith"); drop lone letters when two words remain.
  const full = out.filter((word) => [...word].length > 1);
  return full.length >= 2 ? full : out;
}

function latinKey(s: string): string {
  // After the first comma come either suffixes ("John Smith, PhD") or the given name ("Smith, John").
  const [head = '', ...rest] = s.replace(ROMAJI_HONORIFICS, '').split(',');
  const tail = rest.filter((part) => !latinWords(part).every((word) => COMMA_SUFFIXES.has(word)));
  let words = [head, ...tail].flatMap(latinWords);
  // The key is sorted, so a title may come first only in a later pass: run to a fixed point, which
  // makes the key of a key the key itself.
  for (let i = 0; i < 8; i += 1) {
    const next = latinPass(words).sort();
    if (next.join(' ') === words.join(' ')) break;
    words = next;
  }
  return words.join(' ');
}

/**
 * The identity key of a person's name.
 *
 * Latin-script names give an order-independent key: the words sorted, so "Yamada Taro",
 * "TARO YAMADA" and "Yamada, Taro" agree (Japanese names are written both ways in Latin script,
 * and the order is not reliably known). Titles (Mr, Dr, Prof...), suffixes (Jr., PhD, MBA, "-san")
 * and lone middle initials are dropped, accents, case and hyphens folded ("Jean-Luc" = "Jean Luc").
 *
 * Names in kana or kanji give a family-first key with spaces removed ("山田 太郎" = "山田太郎"),
 * honorifics dropped (様, さん, 殿, 氏, 先生...), katakana folded to hiragana. Pass
 * `order: 'western'` when such a name was written given name first, so it is turned round.
 */
export function personNameKey(name: string, opts: NameKeyOptions = {}): KeyResult {
  return safely(() => {
    if (typeof name !== 'string') return fail('not text');
    if (name.length > 500) return fail('too long for a name');
    const normal = dropAsides(normalizeText(name));
    if (!/[\p{L}\p{N}]/u.test(normal)) return fail('no letters in it');
    const key = hasCjk(normal) ? cjkKey(normal, opts.order) : latinKey(normal);
    if (key === '') return fail('no name left once titles are removed');
    return ok(key);
  });
}

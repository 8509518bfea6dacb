import { foldRomaji } from '@/utils/identity';
import { normalizeForSearch, tokenize } from '@/utils/db/search-index';

/** The haystack of a record's search tokens: ' a b c ', so " word" finds a word (or CJK substring) prefix. */
export function haystackOf(tokens: readonly string[]): string {
  return ` ${tokens.join(' ')} `;
}

/** A number typed with separators ("03-1234-5678", "+81 3 1234") is searched as its digits. */
export const PHONE_LIKE = /^[\d\s()+\-.]+$/;
const LATIN = /^[a-z]+$/;

/**
 * Compile what the user typed into a test over haystacks: every word must start some token. A Latin
 * word also matches in its folded romaji form, so "tarou", "tarō" and "taro" all find 太郎 (たろう).
 * Returns null for an empty query (everything matches).
 */
export function compileQuery(query: string): ((hay: string) => boolean) | null {
  const trimmed = query.trim();
  if (!trimmed) return null;
  let words: string[];
  if (PHONE_LIKE.test(trimmed) && trimmed.replace(/\D/g, '').length >= 3) {
    words = [trimmed.replace(/\D/g, '')];
  } else {
    words = [...new Set(tokenize(trimmed))];
  }
  if (words.length === 0) return null;
  const needles = words.map((w) => {
    const alts = [` ${w}`];
    if (LATIN.test(w)) {
      const folded = foldRomaji(w);
      if (folded !== w) alts.push(` ${folded}`);
    }
    return alts;
  });
  return (hay) => needles.every((alts) => alts.some((a) => hay.includes(a)));
}

/** Sort key of a name: its reading when known (so 山田 sorts as やまだ), NFKC and kana folded. */
export function sortKeyOf(name: string, reading?: string): string {
  return normalizeForSearch(reading && reading.trim() ? reading : name);
}

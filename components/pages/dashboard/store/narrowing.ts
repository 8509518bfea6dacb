import { foldRomaji } from '@/utils/identity';
import { normalizeForSearch } from '@/utils/db/search-index';
import { compileQuery, PHONE_LIKE } from './match';

const LATIN = /^[a-z]+$/;

/**
 * Whether every row matching `next` also matches `prev`, so `next` may filter `prev`'s results
 * instead of every row: true when the user typed more of the same query. Checked on normalised
 * text (a half-width dakuten changes the letter before it) and on folded romaji ("oh" + "n").
 */
export function narrows(prev: string, next: string): boolean {
  // A number is searched as its digits once it has three: "03-" and "03-1" are different kinds of query.
  if (PHONE_LIKE.test(prev.trim()) || PHONE_LIKE.test(next.trim())) return false;
  const a = normalizeForSearch(prev.trim());
  const b = normalizeForSearch(next.trim());
  if (!a || !b.startsWith(a)) return false;
  const lastA = a.split(/\s+/).pop() ?? '';
  const lastB = b.slice(a.length - lastA.length).split(/\s+/)[0] ?? '';
  if (LATIN.test(lastA) && LATIN.test(lastB)) return foldRomaji(lastB).startsWith(foldRomaji(lastA));
  return true;
}

/** Rows whose haystack matches the query, in their order. A plain loop: this runs on every keystroke. */
export function matchRows<R extends { hay: string }>(rows: readonly R[], query: string): readonly R[] {
  const test = compileQuery(query);
  if (!test) return rows;
  const out: R[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (test(row.hay)) out.push(row);
  }
  return out;
}

const KEEP = 12;

/**
 * As-you-type text search that reuses earlier answers: typing one more letter filters the previous
 * results (thousands of rows, not 100,000), and backspacing returns a remembered answer at once.
 * The memory is dropped whenever the rows themselves change.
 */
export class NarrowingSearch<R extends { hay: string }> {
  private base: readonly R[] | undefined;
  private answers = new Map<string, readonly R[]>();

  run(rows: readonly R[], query: string): readonly R[] {
    if (rows !== this.base) {
      this.base = rows;
      this.answers.clear();
    }
    const key = query.trim();
    if (!key) return rows;
    const known = this.answers.get(key);
    if (known) {
      this.answers.delete(key);
      this.answers.set(key, known);
      return known;
    }
    let from: readonly R[] = rows;
    let best = -1;
    for (const [prev, answer] of this.answers) {
      if (prev.length > best && narrows(prev, key)) {
        from = answer;
        best = prev.length;
      }
    }
    const answer = matchRows(from, key);
    this.answers.set(key, answer);
    if (this.answers.size > KEEP) this.answers.delete(this.answers.keys().next().value!);
    return answer;
  }
}

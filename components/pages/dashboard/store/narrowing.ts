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
/** Rows tested between two looks at the clock. */
const BATCH = 1024;

/**
 * One answer in the making: `step` tests rows until a deadline, so a scan of 100,000 rows can be
 * spread over several frames and the first matches shown at once.
 */
export class Scan<R extends { hay: string }> {
  readonly results: R[] = [];
  private next = 0;
  done = false;

  constructor(
    private readonly from: readonly R[],
    private readonly test: ((hay: string) => boolean) | null,
    private readonly onDone: (answer: readonly R[]) => void,
  ) {}

  /** Test rows until `deadline` (performance.now() ms); true once every row is tested. */
  step(deadline = Infinity): boolean {
    const { from, test, results } = this;
    while (!this.done) {
      const end = Math.min(from.length, this.next + BATCH);
      for (let i = this.next; i < end; i++) {
        const row = from[i]!;
        if (!test || test(row.hay)) results.push(row);
      }
      this.next = end;
      if (end === from.length) {
        this.done = true;
        this.onDone(results);
      } else if (performance.now() >= deadline) {
        break;
      }
    }
    return this.done;
  }
}

/**
 * As-you-type text search that reuses earlier answers: typing one more letter filters the previous
 * results (thousands of rows, not 100,000), and backspacing returns a remembered answer at once.
 * The memory is dropped whenever the rows themselves change.
 */
export class NarrowingSearch<R extends { hay: string }> {
  private base: readonly R[] | undefined;
  private answers = new Map<string, readonly R[]>();

  /** Start answering `query` over `rows`; finished at once when the answer is known or narrows nothing. */
  begin(rows: readonly R[], query: string): Scan<R> | readonly R[] {
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
    return new Scan(from, compileQuery(key), (answer) => {
      if (this.base !== rows) return;
      this.answers.set(key, answer);
      if (this.answers.size > KEEP) this.answers.delete(this.answers.keys().next().value!);
    });
  }

  /** The whole answer now. */
  run(rows: readonly R[], query: string): readonly R[] {
    const started = this.begin(rows, query);
    if (!(started instanceof Scan)) return started;
    started.step();
    return started.results;
  }
}

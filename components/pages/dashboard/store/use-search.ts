import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NarrowingSearch, Scan } from './narrowing';

/** Time for the first slice, inside the keystroke's own task: enough for a screenful of matches. */
const FIRST_SLICE_MS = 12;
const SLICE_MS = 8;

export interface SearchResult<R> {
  rows: readonly R[];
  /** False while the rest of the rows are still being tested (the first matches already show). */
  done: boolean;
}

/**
 * As-you-type search over `rows` that never holds the page for long: the first slice runs with the
 * keystroke, the rest in short tasks after it (dropped when the next keystroke arrives).
 */
export function useSearch<R extends { hay: string }>(
  rows: readonly R[] | null,
  query: string,
): SearchResult<R> | null {
  const search = useRef(new NarrowingSearch<R>()).current;
  const [, setTick] = useState(0);
  const started = useMemo(() => {
    if (!rows) return null;
    const begun = search.begin(rows, query);
    if (begun instanceof Scan) begun.step(performance.now() + FIRST_SLICE_MS);
    return begun;
  }, [rows, query]);

  useEffect(() => {
    if (!(started instanceof Scan) || started.done) return;
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const finished = started.step(performance.now() + SLICE_MS);
      setTick((n) => n + 1);
      if (!finished) timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [started]);

  if (!started) return null;
  return started instanceof Scan
    ? { rows: started.results, done: started.done }
    : { rows: started, done: true };
}

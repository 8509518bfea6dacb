import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T | undefined;
  error: Error | undefined;
  /** True until the first answer for the current deps arrives. */
  loading: boolean;
}

/**
 * Dexie's liveQuery for Preact: re-runs `querier` whenever a committed write (in this page, another
 * page or the background) touches what it read, so every open page shows the same data. The last
 * value stays on screen while the next one loads, so typing never flashes an empty list.
 */
export function useLiveResult<T>(querier: () => Promise<T> | T, deps: readonly unknown[]): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, error: undefined, loading: true });
  useEffect(() => {
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value, error: undefined, loading: false }),
      error: (error: unknown) =>
        setState((s) => ({
          value: s.value,
          error: error instanceof Error ? error : new Error(String(error)),
          loading: false,
        })),
    });
    return () => subscription.unsubscribe();
    // The caller names the deps, as with useEffect.
  }, deps);
  return state;
}

/** The value only; undefined while loading. */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  return useLiveResult(querier, deps).value;
}

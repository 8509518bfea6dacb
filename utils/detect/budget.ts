import type { Budget } from './types';

const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** A time budget checked cheaply: the clock is read only every `stride` calls. */
export function timeBudget(ms: number, now: () => number = defaultNow, stride = 1): Budget {
  const deadline = now() + ms;
  let calls = 0;
  let over = false;
  return {
    expired() {
      if (over) return true;
      if (++calls % stride !== 0) return false;
      over = now() > deadline;
      return over;
    },
  };
}

import type { DuplicateQueue } from './dedup-protocol';

/**
 * The last duplicate search, kept while the user goes from the queue to a pair and back: finding
 * candidates among 100,000 people takes a second or two, so it runs when asked, not on each visit.
 */
let current: DuplicateQueue | undefined;
let lastAction: { text: string; opId?: string } | undefined;

export const dedupCache = {
  get: () => current,
  set(value: DuplicateQueue | undefined) {
    current = value;
  },
  /** After a merge or a "not the same person", drop the pairs that no longer stand. */
  settle(gone: readonly string[], pair?: readonly [string, string]) {
    if (!current) return;
    const out = new Set(gone);
    current = {
      ...current,
      review: current.review.filter(
        (p) =>
          !out.has(p.a) &&
          !out.has(p.b) &&
          !(pair && p.a === pair[0] && p.b === pair[1]) &&
          !(pair && p.a === pair[1] && p.b === pair[0]),
      ),
      autoMerge: current.autoMerge.filter((g) => !g.personIds.some((id) => out.has(id))),
    };
  },
  lastAction: () => lastAction,
  setLastAction(action: { text: string; opId?: string } | undefined) {
    lastAction = action;
  },
};

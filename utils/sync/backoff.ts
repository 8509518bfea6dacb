import type { SyncError } from './errors';
import type { BackoffState } from './state';

export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 10 * 60_000;
/** A Retry-After beyond this is capped: a server cannot park a device for days. */
export const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * Exponential backoff with full jitter (so a team's devices do not retry in step after an outage),
 * never sooner than a server's Retry-After, which also holds back manual attempts.
 */
export function nextBackoff(
  prev: BackoffState,
  error: SyncError,
  now: number,
  random: () => number,
): BackoffState {
  const failures = prev.failures + 1;
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
  const delay = Math.round(BACKOFF_BASE_MS / 2 + random() * (ceiling - BACKOFF_BASE_MS / 2));
  const retryAfter = Math.min(error.retryAfterMs ?? 0, MAX_RETRY_AFTER_MS);
  return {
    failures,
    until: now + Math.max(delay, retryAfter),
    hardUntil: retryAfter > 0 ? now + retryAfter : 0,
    at: now,
  };
}

export const NO_BACKOFF: BackoffState = { failures: 0, until: 0, hardUntil: 0, at: 0 };

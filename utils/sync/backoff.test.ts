import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, NO_BACKOFF, nextBackoff } from './backoff';
import { SyncError } from './errors';
import { parseRetryAfter } from './http';

describe('backoff', () => {
  const offline = new SyncError('offline', 'no network');

  it('grows exponentially with jitter inside its bounds, capped at ten minutes', () => {
    let state = NO_BACKOFF;
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      state = nextBackoff(state, offline, 1_000, () => 1);
      delays.push(state.until - 1_000);
    }
    expect(delays[0]).toBe(BACKOFF_BASE_MS);
    expect(delays[1]).toBe(BACKOFF_BASE_MS * 2);
    expect(delays[11]).toBe(BACKOFF_MAX_MS);
    const low = nextBackoff({ ...NO_BACKOFF, failures: 5 }, offline, 0, () => 0);
    expect(low.until).toBe(BACKOFF_BASE_MS / 2);
  });

  it('never retries before a Retry-After, and marks it as binding for manual syncs too', () => {
    const limited = new SyncError('rate-limited', 'slow down', 429, 90_000);
    const state = nextBackoff(NO_BACKOFF, limited, 0, () => 0);
    expect(state.until).toBe(90_000);
    expect(state.hardUntil).toBe(90_000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});

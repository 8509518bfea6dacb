import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from './coalesce';

describe('coalesce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once after a quiet spell, then folds a burst of pokes into one later run', async () => {
    const job = vi.fn(() => Promise.resolve());
    const c = coalesce(job, { minGapMs: 1000 });
    c.poke();
    await vi.advanceTimersByTimeAsync(0);
    expect(job).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) {
      c.poke();
      await vi.advanceTimersByTimeAsync(10);
    }
    // 500 ms of pokes: still inside the gap after the first run.
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(job).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('never runs two at once and spaces runs by a multiple of the last run time', async () => {
    let active = 0;
    let most = 0;
    const job = vi.fn(async () => {
      active += 1;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 300));
      active -= 1;
    });
    const c = coalesce(job, { minGapMs: 100, factor: 10 });
    c.poke();
    await vi.advanceTimersByTimeAsync(100);
    c.poke();
    c.poke();
    await vi.advanceTimersByTimeAsync(300);
    expect(job).toHaveBeenCalledTimes(1);
    // The run took 300 ms (it ended at 300), so the next waits until 3,300, not 400.
    await vi.advanceTimersByTimeAsync(2800);
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(job).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('keeps going after a failed run and stops for good when stopped', async () => {
    const job = vi.fn(() => Promise.reject(new Error('background asleep')));
    const c = coalesce(job, { minGapMs: 50 });
    c.poke();
    await vi.advanceTimersByTimeAsync(0);
    c.poke();
    await vi.advanceTimersByTimeAsync(60);
    expect(job).toHaveBeenCalledTimes(2);
    c.poke();
    c.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(job).toHaveBeenCalledTimes(2);
  });
});

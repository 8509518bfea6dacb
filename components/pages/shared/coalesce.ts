export interface Coalescer {
  /** Something changed: run the job soon (now, when it has been quiet long enough). */
  poke(): void;
  stop(): void;
}

/**
 * Runs `job` after a poke, never two at once, and leaves at least `max(minGapMs, factor × the last
 * run's time)` between runs. A burst of writes (an import commits hundreds of chunks) then costs a
 * run every second or so instead of one per chunk, and a run that grows slow (counting a large
 * outbox) spaces the next ones out, so it never takes more than a small share of the time.
 */
export function coalesce(
  job: () => Promise<unknown>,
  { minGapMs = 1000, factor = 10 }: { minGapMs?: number; factor?: number } = {},
): Coalescer {
  let running = false;
  let dirty = false;
  let stopped = false;
  let nextAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    if (stopped || running || timer !== undefined || !dirty) return;
    timer = setTimeout(run, Math.max(0, nextAt - Date.now()));
  };
  const run = () => {
    timer = undefined;
    if (stopped) return;
    dirty = false;
    running = true;
    const start = Date.now();
    void job()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        const end = Date.now();
        nextAt = end + Math.max(minGapMs, factor * (end - start));
        schedule();
      });
  };
  return {
    poke() {
      dirty = true;
      schedule();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

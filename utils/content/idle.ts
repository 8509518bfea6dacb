/** Idle-time scheduling that pauses while the tab is hidden; every pending callback dies with its signal. */

type IdleWindow = {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

export interface Scheduler {
  /** Run fn once, in idle time, after at least delayMs, and only while the page is visible. */
  schedule(fn: () => void, delayMs?: number): void;
  /** Whether a run is waiting. */
  pending(): boolean;
}

export function createScheduler(doc: Document, signal: AbortSignal, idleTimeoutMs = 1000): Scheduler {
  const win = (doc.defaultView ?? globalThis) as unknown as IdleWindow & typeof globalThis;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let job: (() => void) | undefined;
  let waitingForVisible = false;

  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback?.(idle);
    timer = undefined;
    idle = undefined;
  };
  signal.addEventListener('abort', () => {
    cancel();
    job = undefined;
  });

  const run = (): void => {
    idle = undefined;
    timer = undefined;
    if (signal.aborted || !job) return;
    if (doc.visibilityState === 'hidden') {
      waitingForVisible = true;
      return;
    }
    const fn = job;
    job = undefined;
    fn();
  };
  const toIdle = (): void => {
    timer = undefined;
    if (win.requestIdleCallback) idle = win.requestIdleCallback(run, { timeout: idleTimeoutMs });
    else timer = setTimeout(run, 1);
  };
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState !== 'hidden' && waitingForVisible && job) {
        waitingForVisible = false;
        toIdle();
      }
    },
    { signal },
  );

  return {
    schedule(fn, delayMs = 0) {
      if (signal.aborted) return;
      job = fn;
      if (timer !== undefined || idle !== undefined || waitingForVisible) return; // the waiting run picks up the newest job
      if (delayMs > 0) timer = setTimeout(toIdle, delayMs);
      else toIdle();
    },
    pending: () => job !== undefined,
  };
}

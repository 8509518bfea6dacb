/**
 * Reading a Chromium trace for the in-page benchmark: main-thread time spent in the extension's
 * scripts (trace slices whose script URL is chrome-extension://), split into the page load and
 * each in-app navigation by console.timeStamp marks, and the long tasks they were part of.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the thread itself spent, without time other processes took from it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; message?: string } };
}

export interface Attribution {
  /** ms of extension script per window: [load, nav 1, nav 2, …]. */
  windows: number[];
  /** Tasks over 50 ms on the page's main thread that our script made long (under 50 ms without it). */
  longTasks: number;
  /** Tasks over 50 ms on the page's main thread in which extension script ran at all. */
  longTasksWithOurs: number;
  /** Tasks over 50 ms on the page's main thread, whoever caused them. */
  allLongTasks: number;
  /** ms of main-thread task CPU time per window, whoever spent it (for the A/B comparison). */
  busy: number[];
}

const LONG_TASK_US = 50_000;
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** `marks`: the console.timeStamp messages that open each navigation window, in order. */
export function attribute(
  events: TraceEvent[],
  marks: string[],
  mainThread?: { pid: number; tid: number },
): Attribution {
  const isExt = (e: TraceEvent) =>
    e.ph === 'X' && (e.args?.data?.url ?? '').startsWith('chrome-extension://');
  const ours = events.filter(isExt);
  const main = mainThread ?? (ours[0] ? { pid: ours[0].pid, tid: ours[0].tid } : undefined);
  const stamps = marks.map(
    (m) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m)?.ts ?? Infinity,
  );
  const windowOf = (ts: number) => stamps.filter((s) => s <= ts).length;
  const windows = Array.from({ length: marks.length + 1 }, () => 0);
  const mine = ours.filter((e) => !main || (e.pid === main.pid && e.tid === main.tid));
  // CPU time of the outermost slices: on a shared machine, wall time also counts other processes.
  const outer = mine.filter(
    (e) =>
      !mine.some(
        (o) =>
          o !== e &&
          o.ts <= e.ts &&
          o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) &&
          (o.dur ?? 0) > (e.dur ?? 0),
      ),
  );
  for (const e of outer) windows[windowOf(e.ts)]! += (e.tdur ?? e.dur ?? 0) / 1000;
  const tasks = main
    ? events.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && e.pid === main.pid && e.tid === main.tid)
    : [];
  const busy = Array.from({ length: marks.length + 1 }, () => 0);
  // Tasks do not nest on one thread: their CPU time adds up without double counting.
  for (const t of tasks) busy[windowOf(t.ts)]! += (t.tdur ?? t.dur ?? 0) / 1000;
  // Long by CPU time, so that a busy machine stretching wall time does not make tasks "long".
  const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  const long = tasks.filter((t) => cpu(t) > LONG_TASK_US);
  const within = (t: TraceEvent) => (e: TraceEvent) =>
    e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0);
  const oursIn = (t: TraceEvent) => outer.filter(within(t)).reduce((sum, e) => sum + cpu(e), 0);
  const withOurs = long.filter((t) => oursIn(t) > 0);
  const longTasks = withOurs.filter((t) => cpu(t) - oursIn(t) <= LONG_TASK_US).length;
  return { windows, longTasks, longTasksWithOurs: withOurs.length, allLongTasks: long.length, busy };
}

/** The renderer main thread that ran the page (the thread that recorded our marks). */
export function pageThread(events: TraceEvent[], mark: string): { pid: number; tid: number } | undefined {
  const e = events.find((x) => x.name === 'TimeStamp' && x.args?.data?.message === mark);
  return e ? { pid: e.pid, tid: e.tid } : undefined;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

/**
 * ms of CPU samples on the page's main thread whose stack runs through extension script, per
 * window. Unlike trace slices this also counts promise continuations (microtasks) and the native
 * work (DOM, layout) our functions call.
 */
export function sampledWindows(
  events: TraceEvent[],
  marks: string[],
  main: { pid: number; tid: number },
): number[] {
  const stamps = marks.map(
    (m) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m)?.ts ?? Infinity,
  );
  const windowOf = (ts: number) => stamps.filter((s) => s <= ts).length;
  const out = Array.from({ length: marks.length + 1 }, () => 0);
  const profile = events.find((e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid) as
    (TraceEvent & { id?: string; args: { data: { startTime: number } } }) | undefined;
  if (!profile) return out;
  const nodes = new Map<number, ProfileNode>();
  const samples: number[] = [];
  const deltas: number[] = [];
  for (const e of events as (TraceEvent & { id?: string; args?: { data?: Record<string, unknown> } })[]) {
    if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id !== profile.id) continue;
    const data = e.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    samples.push(...(data.cpuProfile?.samples ?? []));
    deltas.push(...(data.timeDeltas ?? []));
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result =
      !!node &&
      ((node.callFrame.url ?? '').startsWith('chrome-extension://') ||
        (node.parent !== undefined && isOurs(node.parent)));
    ours.set(id, result);
    return result;
  };
  let t = profile.args.data.startTime;
  const times = deltas.map((d) => (t += d));
  for (let i = 0; i < samples.length; i++) {
    const next = times[i + 1];
    const at = times[i];
    if (next === undefined || at === undefined || !isOurs(samples[i]!)) continue;
    out[windowOf(at)]! += (next - at) / 1000;
  }
  return out;
}

import { z } from 'zod';

/**
 * Hybrid logical clock stamp, "<wall ms, 13 digits>-<counter, 6 digits>-<node id>".
 * The fixed-width parts make string order equal causal-then-wall order, and the
 * node id at the end breaks ties deterministically (last writer wins by client id).
 */
export const HlcSchema = z
  .string()
  .regex(/^\d{13}-\d{6}-[A-Za-z0-9_-]{1,64}$/, 'must be an HLC stamp like 1764000000000-000000-client');
export type Hlc = z.infer<typeof HlcSchema>;

export interface HlcState {
  wall: number;
  counter: number;
}

export function formatHlc(state: HlcState, node: string): Hlc {
  return `${String(state.wall).padStart(13, '0')}-${String(state.counter).padStart(6, '0')}-${node}`;
}

export function parseHlc(stamp: Hlc): { wall: number; counter: number; node: string } {
  const [wall, counter, ...rest] = stamp.split('-');
  return { wall: Number(wall), counter: Number(counter), node: rest.join('-') };
}

export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Advance for a local event. */
export function tickHlc(state: HlcState, now: number): HlcState {
  if (now > state.wall) return { wall: now, counter: 0 };
  return { wall: state.wall, counter: state.counter + 1 };
}

/** Advance on receiving a remote stamp, so later local stamps sort after it. */
export function receiveHlc(state: HlcState, remote: Hlc, now: number): HlcState {
  const r = parseHlc(remote);
  const wall = Math.max(state.wall, r.wall, now);
  if (wall === state.wall && wall === r.wall)
    return { wall, counter: Math.max(state.counter, r.counter) + 1 };
  if (wall === state.wall) return { wall, counter: state.counter + 1 };
  if (wall === r.wall) return { wall, counter: r.counter + 1 };
  return { wall, counter: 0 };
}

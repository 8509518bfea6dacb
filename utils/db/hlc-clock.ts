import { formatHlc, tickHlc, type Hlc, type HlcState } from '@/utils/model';
import type { MeishiDb } from './db';

const HLC_KEY = 'hlc';
const CLIENT_KEY = 'clientId';

function randomClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 20);
}

/** This replica's stable id, used as the HLC node and the push clientId. Made once, kept in `meta`. */
export async function getClientId(db: MeishiDb): Promise<string> {
  const row = await db.meta.get(CLIENT_KEY);
  if (typeof row?.value === 'string') return row.value;
  const id = randomClientId();
  await db.meta.put({ key: CLIENT_KEY, value: id });
  return id;
}

/**
 * Issue the next stamp. Must run inside the caller's rw transaction over `meta`, so the persisted
 * clock and the write it stamps commit together: a crash can never reuse a stamp.
 */
export async function nextStamp(db: MeishiDb, now = Date.now()): Promise<Hlc> {
  const node = await getClientId(db);
  const row = await db.meta.get(HLC_KEY);
  const prev = (row?.value as HlcState | undefined) ?? { wall: 0, counter: 0 };
  const next = tickHlc(prev, now);
  await db.meta.put({ key: HLC_KEY, value: next });
  return formatHlc(next, node);
}

export async function readHlcState(db: MeishiDb): Promise<HlcState> {
  const row = await db.meta.get(HLC_KEY);
  return (row?.value as HlcState | undefined) ?? { wall: 0, counter: 0 };
}

export async function writeHlcState(db: MeishiDb, state: HlcState): Promise<void> {
  await db.meta.put({ key: HLC_KEY, value: state });
}

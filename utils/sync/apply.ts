import { z } from 'zod';
import { refOf, type MeishiDb, type MetaRow } from '@/utils/db';
import {
  ENTITY_SCHEMAS,
  parseHlc,
  receiveHlc,
  type Change,
  type EntityName,
  type HlcState,
  type PullResponse,
} from '@/utils/model';
import { rebase, type SyncStampRow } from './rebase';
import {
  indexRow,
  removeEverywhere,
  syncTables,
  tableOf,
  writeRows,
  type AnyRow,
  type RowIndex,
} from './records';
import { InitialStateSchema, META, type ResyncState } from './state';

export interface ApplyContext {
  db: MeishiDb;
  now: () => number;
  region?: string;
  crash: (point: string) => void;
}

export interface PageOutcome {
  /** False when the cursor moved under us (another pull got there first): nothing was written. */
  applied: boolean;
  upserts: number;
  removed: number;
  invalid: { entity: EntityName; id: string; message: string }[];
}

type Upsert = Extract<Change, { kind: 'upsert' }>;

interface Ready {
  change: Upsert;
  row: AnyRow;
  stamps: SyncStampRow;
  index: RowIndex;
}

/** A page turned into rows, stamps, keys and search tokens: the CPU half of applying it. */
export interface PreparedPage {
  page: PullResponse;
  ids: string[];
  gone: { entity: EntityName; id: string }[];
  upserts: Map<EntityName, Ready[]>;
  invalid: PageOutcome['invalid'];
  maxStamp: string;
}

/** Where hlc-clock.ts keeps this replica's clock. */
const HLC_KEY = 'hlc';
const CursorSchema = z.number().int().nonnegative();
const HlcStateSchema = z.object({ wall: z.number(), counter: z.number() });

/** A remote stamp further ahead than this is a broken clock; adopting it would drag ours along. */
const MAX_REMOTE_DRIFT_MS = 24 * 3_600_000;

function parseRow(
  entity: EntityName,
  data: Record<string, unknown>,
): { ok: true; row: AnyRow } | { ok: false; message: string } {
  const parsed = ENTITY_SCHEMAS[entity].safeParse(data);
  if (parsed.success) return { ok: true, row: parsed.data as unknown as AnyRow };
  const issue = parsed.error.issues[0];
  return { ok: false, message: `${issue?.path.join('.') || entity}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Validates and shapes a page as if no record had unsent local edits (the common case). Pure: it
 * runs outside any transaction, so the next page is prepared while the previous one commits.
 */
export function preparePage(page: PullResponse, region: string | undefined, now: number): PreparedPage {
  const latest = new Map<string, Change>();
  for (const change of page.changes) {
    const key = refOf(change.entity, change.id);
    const seen = latest.get(key);
    if (!seen || seen.version <= change.version) latest.set(key, change);
  }
  const prepared: PreparedPage = { page, ids: [], gone: [], upserts: new Map(), invalid: [], maxStamp: '' };
  for (const change of latest.values()) {
    prepared.ids.push(change.id);
    if (change.kind === 'gone') {
      prepared.gone.push({ entity: change.entity, id: change.id });
      continue;
    }
    // The clock follows every stamp it may (all but a broken clock's), and those are the ones dropped.
    for (const s of Object.values(change.stamps)) {
      if (s > prepared.maxStamp && Number(s.slice(0, 13)) <= now + MAX_REMOTE_DRIFT_MS) prepared.maxStamp = s;
    }
    const parsed = parseRow(change.entity, { ...change.data, id: change.id });
    if (!parsed.ok) {
      prepared.invalid.push({ entity: change.entity, id: change.id, message: parsed.message });
      continue;
    }
    const ref = refOf(change.entity, change.id);
    const stamps: SyncStampRow = {
      ref,
      stamps: beyondClock(change.stamps, now),
      pending: {},
      synced: true,
      projection: change.projection,
    };
    const list = prepared.upserts.get(change.entity) ?? [];
    list.push({ change, row: parsed.row, stamps, index: indexRow(change.entity, parsed.row, region) });
    prepared.upserts.set(change.entity, list);
  }
  return prepared;
}

/**
 * The stamps worth keeping for a record without local edits. The page's newest stamp moves this
 * replica's clock past every stamp in it (same transaction), so any later local edit outranks them
 * all and they would never decide anything: only a stamp the clock refused to follow (a broken
 * clock far ahead) can still beat a local edit, and only those are kept. A first sync of a million
 * records stores a million small rows instead of a million copies of every field's stamp.
 */
function beyondClock(stamps: Record<string, string>, now: number): Record<string, string> {
  const limit = now + MAX_REMOTE_DRIFT_MS;
  const kept: Record<string, string> = {};
  for (const [field, stamp] of Object.entries(stamps))
    if (Number(stamp.slice(0, 13)) > limit) kept[field] = stamp;
  return kept;
}

/** Records with unacknowledged local edits: the server's version with those edits on top. */
async function rebaseQueued(
  db: MeishiDb,
  entity: EntityName,
  ready: Ready[],
  region?: string,
): Promise<Ready[]> {
  const rows = await tableOf(db, entity).bulkGet(ready.map((r) => r.change.id));
  const stamps = (await db.stamps.bulkGet(ready.map((r) => r.stamps.ref))) as (SyncStampRow | undefined)[];
  return ready.map((r, i) => {
    const mine = stamps[i];
    if (!mine || Object.keys(mine.pending).length === 0) return r;
    const rebased = rebase(r.stamps.ref, r.change, { row: rows[i], stamps: mine });
    const parsed = parseRow(entity, { ...rebased.row, id: r.change.id });
    // Should the mix not validate, the server's version wins; the unsent edit is still queued.
    if (!parsed.ok) return r;
    return {
      change: r.change,
      row: parsed.row,
      stamps: rebased.stamps,
      index: indexRow(entity, parsed.row, region),
    };
  });
}

/**
 * Applies one prepared page in one transaction together with the cursor that follows it, so a page
 * is either wholly applied (rows, keys, search tokens, stamps, cursor, clock) or not at all. Records
 * with unacknowledged local edits are rebased; the rest take the server's projection as it is. All
 * writes are issued at once, so the browser stores them while the next ones are still being sent.
 * Nothing here queues a mutation: pulled data never echoes back to the server.
 */
export function applyPage(
  ctx: ApplyContext,
  requestedCursor: number,
  prepared: PreparedPage,
  resync: ResyncState | null,
): Promise<PageOutcome> {
  const { db } = ctx;
  const { page } = prepared;
  return db.transaction('rw', syncTables(db), async () => {
    const outcome: PageOutcome = { applied: false, upserts: 0, removed: 0, invalid: [...prepared.invalid] };
    // One read and one write of `meta` per page: a page of one change is a handful of requests.
    const [cursorRow, initialRow, clockRow] = await db.meta.bulkGet([META.cursor, META.initial, HLC_KEY]);
    if ((CursorSchema.safeParse(cursorRow?.value).data ?? 0) !== requestedCursor) return outcome;
    const queued = new Set(
      (await db.outbox.where('mutation.entityId').anyOf(prepared.ids).keys()).map(String),
    );

    const writes: Promise<unknown>[] = [];
    const stampRows: SyncStampRow[] = [];
    for (const [entity, ready] of prepared.upserts) {
      const mine = ready.filter((r) => queued.has(r.change.id));
      const rebased = mine.length
        ? new Map((await rebaseQueued(db, entity, mine, ctx.region)).map((r) => [r.change.id, r]))
        : null;
      const final = rebased ? ready.map((r) => rebased.get(r.change.id) ?? r) : ready;
      const rows = final.map((r) => r.row);
      writes.push(
        ...writeRows(
          db,
          entity,
          rows,
          final.map((r) => r.index),
        ),
      );
      for (const r of final) {
        if (resync) r.stamps.seen = resync.epoch;
        stampRows.push(r.stamps);
      }
      outcome.upserts += rows.length;
    }
    if (stampRows.length) writes.push(db.stamps.bulkPut(stampRows));
    // Never left unhandled if a crash below aborts the transaction first.
    for (const w of writes) w.catch(() => undefined);
    if (writes.length > 0) {
      await writes[0];
      ctx.crash('apply:mid');
    }
    writes.push(removeEverywhere(db, prepared.gone));
    outcome.removed = prepared.gone.length;

    const meta: MetaRow[] = [{ key: META.cursor, value: Math.max(requestedCursor, page.nextCursor) }];
    const clock = received(ctx.now(), HlcStateSchema.safeParse(clockRow?.value).data, prepared.maxStamp);
    if (clock) meta.push({ key: HLC_KEY, value: clock });
    const initial = InitialStateSchema.safeParse(initialRow?.value).data;
    if (initial && !initial.done) {
      meta.push({
        key: META.initial,
        value: { ...initial, applied: initial.applied + outcome.upserts, done: !page.hasMore },
      });
    }
    writes.push(db.meta.bulkPut(meta));
    await Promise.all(writes);
    outcome.applied = true;
    return outcome;
  });
}

/**
 * The clock after seeing `stamp`, or null when it need not move: the next local edit must sort after
 * everything pulled. A stamp from a clock absurdly far ahead is not followed.
 */
function received(now: number, state: HlcState | undefined, stamp: string): HlcState | null {
  if (!stamp) return null;
  const remote = parseHlc(stamp);
  if (remote.wall > now + MAX_REMOTE_DRIFT_MS) return null;
  const current = state ?? { wall: 0, counter: 0 };
  if (remote.wall < current.wall || (remote.wall === current.wall && remote.counter < current.counter))
    return null;
  return receiveHlc(current, stamp, now);
}

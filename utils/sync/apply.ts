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
import { putRows, removeEverywhere, syncTables, tableOf, type AnyRow } from './records';
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
 * Applies one pulled page in one transaction together with the cursor that follows it, so a page is
 * either wholly applied (rows, keys, search tokens, stamps, cursor, clock) or not at all. Records with
 * unacknowledged local edits are rebased; the rest take the server's projection as it is. Nothing
 * here queues a mutation: pulled data never echoes back to the server.
 */
export function applyPage(
  ctx: ApplyContext,
  requestedCursor: number,
  page: PullResponse,
  resync: ResyncState | null,
): Promise<PageOutcome> {
  const { db } = ctx;
  return db.transaction('rw', syncTables(db), async () => {
    const outcome: PageOutcome = { applied: false, upserts: 0, removed: 0, invalid: [] };
    // One read and one write of `meta` per page: a page of one change is a handful of requests.
    const [cursorRow, initialRow, clockRow] = await db.meta.bulkGet([META.cursor, META.initial, HLC_KEY]);
    if ((CursorSchema.safeParse(cursorRow?.value).data ?? 0) !== requestedCursor) return outcome;

    const latest = new Map<string, Change>();
    for (const change of page.changes) {
      const key = refOf(change.entity, change.id);
      const seen = latest.get(key);
      if (!seen || seen.version <= change.version) latest.set(key, change);
    }
    const changes = [...latest.values()];
    const ids = changes.map((c) => c.id);
    const queued = new Set((await db.outbox.where('mutation.entityId').anyOf(ids).keys()).map(String));

    const gone = changes.filter((c) => c.kind === 'gone').map((c) => ({ entity: c.entity, id: c.id }));
    const byEntity = new Map<EntityName, Upsert[]>();
    for (const c of changes)
      if (c.kind === 'upsert') byEntity.set(c.entity, [...(byEntity.get(c.entity) ?? []), c]);

    let maxStamp = '';
    const stampRows: SyncStampRow[] = [];
    let first = true;
    for (const [entity, upserts] of byEntity) {
      const slow = upserts.filter((u) => queued.has(u.id));
      const localRows = await tableOf(db, entity).bulkGet(slow.map((u) => u.id));
      const localStamps = (await db.stamps.bulkGet(slow.map((u) => refOf(entity, u.id)))) as (
        SyncStampRow | undefined
      )[];
      const local = new Map(slow.map((u, i) => [u.id, { row: localRows[i], stamps: localStamps[i] }]));
      const rows: AnyRow[] = [];
      for (const u of upserts) {
        for (const s of Object.values(u.stamps)) if (s > maxStamp) maxStamp = s;
        const ref = refOf(entity, u.id);
        const mine = local.get(u.id);
        let data = u.data;
        let stamps: SyncStampRow = {
          ref,
          stamps: u.stamps,
          pending: {},
          synced: true,
          projection: u.projection,
        };
        if (mine?.stamps && Object.keys(mine.stamps.pending).length > 0) {
          const rebased = rebase(ref, u, mine);
          data = rebased.row;
          stamps = rebased.stamps;
        }
        let parsed = parseRow(entity, { ...data, id: u.id });
        if (!parsed.ok && data !== u.data) parsed = parseRow(entity, { ...u.data, id: u.id });
        if (!parsed.ok) {
          outcome.invalid.push({ entity, id: u.id, message: parsed.message });
          continue;
        }
        if (resync) stamps.seen = resync.epoch;
        rows.push(parsed.row);
        stampRows.push(stamps);
      }
      await putRows(db, entity, rows, ctx.region);
      outcome.upserts += rows.length;
      if (first) ctx.crash('apply:mid');
      first = false;
    }
    if (stampRows.length) await db.stamps.bulkPut(stampRows);
    await removeEverywhere(db, gone);
    outcome.removed = gone.length;

    const meta: MetaRow[] = [{ key: META.cursor, value: Math.max(requestedCursor, page.nextCursor) }];
    const clock = received(ctx.now(), HlcStateSchema.safeParse(clockRow?.value).data, maxStamp);
    if (clock) meta.push({ key: HLC_KEY, value: clock });
    const initial = InitialStateSchema.safeParse(initialRow?.value).data;
    if (initial && !initial.done) {
      meta.push({
        key: META.initial,
        value: { ...initial, applied: initial.applied + outcome.upserts, done: !page.hasMore },
      });
    }
    await db.meta.bulkPut(meta);
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

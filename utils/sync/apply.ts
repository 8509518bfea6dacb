import { refOf, type MeishiDb } from '@/utils/db';
import { readHlcState, writeHlcState } from '@/utils/db/hlc-clock';
import {
  ENTITY_SCHEMAS,
  parseHlc,
  receiveHlc,
  type Change,
  type EntityName,
  type PullResponse,
} from '@/utils/model';
import { rebase, type SyncStampRow } from './rebase';
import { putRows, removeEverywhere, syncTables, tableOf, type AnyRow } from './records';
import { META, readCursor, readInitial, writeMeta, type ResyncState } from './state';

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
    if ((await readCursor(db)) !== requestedCursor) return outcome;

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

    await receiveStamp(ctx, maxStamp);
    await writeMeta(db, META.cursor, Math.max(requestedCursor, page.nextCursor));
    const initial = await readInitial(db);
    if (initial && !initial.done) {
      await writeMeta(db, META.initial, {
        ...initial,
        applied: initial.applied + outcome.upserts,
        done: !page.hasMore,
      });
    }
    outcome.applied = true;
    return outcome;
  });
}

/** Moves this replica's clock past the newest stamp seen, so the next local edit sorts after it. */
async function receiveStamp(ctx: ApplyContext, stamp: string): Promise<void> {
  if (!stamp) return;
  const now = ctx.now();
  const remote = parseHlc(stamp);
  if (remote.wall > now + MAX_REMOTE_DRIFT_MS) return;
  const state = await readHlcState(ctx.db);
  if (remote.wall < state.wall || (remote.wall === state.wall && remote.counter < state.counter)) return;
  await writeHlcState(ctx.db, receiveHlc(state, stamp, now));
}

import type { MeishiDb } from '@/utils/db';
import { EntityNameSchema, type EntityName } from '@/utils/model';
import type { SyncStampRow } from './rebase';
import { removeEverywhere, syncTables, tableOf } from './records';
import { requeueAsPut } from './requeue';
import { META, readResync, writeMeta, type ResyncState } from './state';

/**
 * Starts a full resync (the server said our cursor is unknown to it, e.g. it was restored from a
 * backup): pull everything again from version 0, marking each record delivered with this epoch.
 */
export async function startResync(db: MeishiDb, reason: string, now: number): Promise<ResyncState> {
  const state: ResyncState = { epoch: now, reason };
  await db.transaction('rw', db.meta, async () => {
    await writeMeta(db, META.resync, state);
    await writeMeta(db, META.cursor, 0);
    await writeMeta(db, META.initial, { applied: 0, done: false, startedAt: now });
  });
  return state;
}

function splitRef(ref: string): { entity: EntityName; id: string } | null {
  const at = ref.indexOf(':');
  const entity = EntityNameSchema.safeParse(ref.slice(0, at));
  return entity.success ? { entity: entity.data, id: ref.slice(at + 1) } : null;
}

/**
 * Ends a resync once the last page is in: records the server no longer gives us are removed, except
 * those with unsent local edits, which are queued again whole so the user's work reaches the server
 * (or is refused with a reason) instead of vanishing.
 */
export async function finishResync(
  db: MeishiDb,
  resync: ResyncState,
): Promise<{ removed: number; requeued: number }> {
  return db.transaction('rw', syncTables(db), async () => {
    const current = await readResync(db);
    if (current?.epoch !== resync.epoch) return { removed: 0, requeued: 0 };
    const stale: { entity: EntityName; id: string }[] = [];
    const keep: { entity: EntityName; id: string }[] = [];
    await db.stamps.each((raw) => {
      const row = raw as SyncStampRow;
      if (!row.synced || row.seen === resync.epoch) return;
      const target = splitRef(row.ref);
      if (!target) return;
      (Object.keys(row.pending).length > 0 ? keep : stale).push(target);
    });
    await removeEverywhere(db, stale);
    let requeued = 0;
    for (const target of keep) {
      const row = await tableOf(db, target.entity).get(target.id);
      if (row) {
        await requeueAsPut(db, target.entity, row);
        requeued++;
      } else await removeEverywhere(db, [target]);
    }
    await db.meta.delete(META.resync);
    return { removed: stale.length, requeued };
  });
}

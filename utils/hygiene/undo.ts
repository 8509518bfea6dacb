import { inOneTransaction, TABLE_OF, writeMany, type Actor, type MeishiDb, type WriteOp } from '@/utils/db';
import type { AnyEntity, EntityName } from '@/utils/model';
import {
  chunkKeys,
  getChunk,
  getOp,
  isExpired,
  markChunkUndone,
  putOp,
  type HygieneOp,
  type Step,
} from './journal';
import { yieldToPage } from './yield';

export interface UndoResult {
  /** Records put back. */
  reverted: number;
  /** Changes left as they are: edited since (imports keep the later edit) or gone from this browser. */
  kept: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function currentOf(db: MeishiDb, steps: readonly Step[]): Promise<Map<string, AnyEntity | undefined>> {
  const out = new Map<string, AnyEntity | undefined>();
  const byEntity = new Map<EntityName, string[]>();
  for (const s of steps) byEntity.set(s.entity, [...(byEntity.get(s.entity) ?? []), s.id]);
  for (const [entity, ids] of byEntity) {
    const unique = [...new Set(ids)];
    const rows = await db.table<AnyEntity, string>(TABLE_OF[entity]).bulkGet(unique);
    unique.forEach((id, i) => out.set(`${entity}:${id}`, rows[i]));
  }
  return out;
}

/**
 * The write ops that reverse `steps`, last change first. `force` restores exactly (merges); without
 * it a field edited since the operation keeps its newer value (imports).
 */
export function reverseOps(
  steps: readonly Step[],
  current: ReadonlyMap<string, AnyEntity | undefined>,
  force: boolean,
): { ops: WriteOp[]; kept: number } {
  const ops: WriteOp[] = [];
  let kept = 0;
  for (const step of [...steps].reverse()) {
    const record = current.get(`${step.entity}:${step.id}`) as Record<string, unknown> | undefined;
    if (!record) {
      kept += 1;
      continue;
    }
    const { entity, id } = step;
    if (step.change === 'created') {
      if (record.deletedAt == null) ops.push({ kind: 'trash', entity, id } as WriteOp);
    } else if (step.change === 'trashed') {
      if (record.deletedAt != null) ops.push({ kind: 'restore', entity, id } as WriteOp);
    } else {
      const patch: Record<string, unknown> = {};
      let edited = false;
      for (const [field, after] of Object.entries(step.after ?? {})) {
        if (!force && !same(record[field], after)) {
          edited = true;
          continue;
        }
        patch[field] = step.before?.[field];
      }
      if (edited) kept += 1;
      // The trash is an operation of its own (it syncs as delete/restore), not a field edit.
      const trash = 'deletedAt' in patch ? patch.deletedAt != null : undefined;
      for (const f of ['updatedAt', 'updatedBy', 'deletedAt', 'deletedBy']) delete patch[f];
      if (Object.keys(patch).length > 0) ops.push({ kind: 'update', entity, id, patch } as WriteOp);
      if (trash === true && record.deletedAt == null) ops.push({ kind: 'trash', entity, id } as WriteOp);
      if (trash === false && record.deletedAt != null) ops.push({ kind: 'restore', entity, id } as WriteOp);
    }
  }
  return { ops, kept };
}

/**
 * Undoes an import, merge or restore as one step for the user: each journal chunk is reversed in
 * one transaction through the write path (so the undo syncs too) and marked done, so an undo cut
 * short by a closed tab finishes where it stopped when asked again.
 */
export async function undoOp(
  db: MeishiDb,
  opId: string,
  actor: Actor,
  onProgress?: (done: number, total: number) => void,
): Promise<UndoResult> {
  const op = await getOp(db, opId);
  if (!op) throw new Error('This change can no longer be undone: its record was not found.');
  if (op.status === 'undone') return { reverted: 0, kept: 0 };
  if (isExpired(op, db.clock())) throw new Error('This change is older than the undo window.');
  const force = op.kind !== 'import';
  const keys = (await chunkKeys(db, opId)).reverse();
  const result: UndoResult = { reverted: 0, kept: 0 };
  for (const [i, key] of keys.entries()) {
    await inOneTransaction(db, async () => {
      const chunk = await getChunk(db, key);
      if (!chunk || chunk.undone) return;
      const current = await currentOf(db, chunk.steps);
      const { ops, kept } = reverseOps(chunk.steps, current, force);
      const written = await writeMany(
        db,
        ops.map((o) => [o]),
        actor,
        { skipInvalid: true },
      );
      result.reverted += ops.length - written.rejected.length;
      result.kept += kept + written.rejected.length;
      await markChunkUndone(db, key, chunk);
    });
    onProgress?.(i + 1, keys.length);
    await yieldToPage();
  }
  const done: HygieneOp = { ...op, status: 'undone', undoneAt: db.clock() };
  await putOp(db, done);
  return result;
}

import { inOneTransaction, TABLE_OF, writeMany, type Actor, type MeishiDb, type WriteOp } from '@/utils/db';
import { parseBackup, type Backup, type BackupError, type BackupTableName } from '@/utils/io';
import type { AnyEntity, EntityName } from '@/utils/model';
import { newOp, putChunk, putOp, type Step } from './journal';
import { yieldToPage } from './yield';

/** 'missing' adds only records this browser does not have; 'overwrite' also puts back changed ones. */
export type RestoreMode = 'missing' | 'overwrite';

export interface RestorePlan {
  backup: Backup;
  /** Per table: records to add, records that differ from the local copy, records identical here. */
  counts: Record<BackupTableName, { missing: number; different: number; same: number }>;
}

export interface RestoreSummary {
  opId: string;
  added: number;
  replaced: number;
  unchanged: number;
}

const ENTITY_OF: Record<BackupTableName, EntityName> = {
  people: 'person',
  companies: 'company',
  relationships: 'relationship',
  interactions: 'interaction',
  tasks: 'task',
  introRequests: 'introRequest',
};
const TABLES = Object.keys(ENTITY_OF) as BackupTableName[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function localOf(db: MeishiDb, table: BackupTableName, ids: readonly string[]) {
  return db.table<AnyEntity, string>(TABLE_OF[ENTITY_OF[table]]).bulkGet([...ids]);
}

/**
 * Reads and validates a backup with the model's schemas and compares it with this browser. A file
 * with any invalid row is refused whole, each problem named by table, row and field.
 */
export async function planRestore(
  db: MeishiDb,
  text: string,
): Promise<{ ok: true; plan: RestorePlan } | { ok: false; errors: BackupError[] }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const counts = {} as RestorePlan['counts'];
  for (const table of TABLES) {
    const rows: AnyEntity[] = parsed.backup.tables[table];
    const local = await localOf(
      db,
      table,
      rows.map((r) => r.id),
    );
    const c = { missing: 0, different: 0, same: 0 };
    rows.forEach((row, i) => {
      const here = local[i];
      if (!here) c.missing += 1;
      else if (same(here, row)) c.same += 1;
      else c.different += 1;
    });
    counts[table] = c;
  }
  return { ok: true, plan: { backup: parsed.backup, counts } };
}

/**
 * Puts a validated backup's records back through the write path (so they sync), people and
 * companies before the records pointing at them, in chunks; undoable like an import.
 */
export async function runRestore(
  db: MeishiDb,
  plan: RestorePlan,
  mode: RestoreMode,
  actor: Actor,
  label: string,
  onProgress?: (done: number, total: number) => void,
  chunkSize = 1_000,
): Promise<RestoreSummary> {
  const op = newOp('restore', actor.memberId, label, db.clock());
  const summary: RestoreSummary = { opId: op.id, added: 0, replaced: 0, unchanged: 0 };
  await putOp(db, op);
  const total = TABLES.reduce((n, t) => n + plan.backup.tables[t].length, 0);
  let done = 0;
  let n = 0;
  for (const table of TABLES) {
    const rows: AnyEntity[] = plan.backup.tables[table];
    const entity = ENTITY_OF[table];
    for (let start = 0; start < rows.length; start += chunkSize) {
      const slice = rows.slice(start, start + chunkSize);
      await inOneTransaction(db, async () => {
        const local = await localOf(
          db,
          table,
          slice.map((r) => r.id),
        );
        const ops: WriteOp[] = [];
        const steps: Step[] = [];
        slice.forEach((record, i) => {
          const here = local[i];
          if (here && (mode === 'missing' || same(here, record))) {
            summary.unchanged += 1;
            return;
          }
          ops.push({ kind: 'put', entity, record } as WriteOp);
          if (!here) {
            summary.added += 1;
            steps.push({ entity, id: record.id, change: 'created' });
            return;
          }
          summary.replaced += 1;
          const before = here as Record<string, unknown>;
          const after = record as Record<string, unknown>;
          const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
            (f) => !same(before[f], after[f]),
          );
          steps.push({
            entity,
            id: record.id,
            change: 'updated',
            before: Object.fromEntries(fields.map((f) => [f, before[f]])),
            after: Object.fromEntries(fields.map((f) => [f, after[f]])),
          });
        });
        if (ops.length === 0) return;
        await writeMany(
          db,
          ops.map((o) => [o]),
          actor,
        );
        await putChunk(db, op, n, { steps, undone: false });
        n += 1;
      });
      done += slice.length;
      onProgress?.(done, total);
      await yieldToPage();
    }
  }
  op.status = 'done';
  op.counts = { added: summary.added, replaced: summary.replaced, unchanged: summary.unchanged };
  await putOp(db, op);
  return summary;
}

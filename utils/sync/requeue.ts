import { nextStamp, refOf, type MeishiDb } from '@/utils/db';
import { newId, type EntityName, type Mutation } from '@/utils/model';
import type { SyncStampRow } from './rebase';
import type { AnyRow } from './records';

/**
 * Queues a record as a fresh `put` of every field (plus a `delete` when it sits in the trash), as if it
 * had just been created here: for records the server does not hold for us, such as those saved before
 * joining or kept after leaving a team. Call inside a transaction over syncTables(db).
 */
export async function requeueAsPut(db: MeishiDb, entity: EntityName, row: AnyRow): Promise<void> {
  const now = db.clock();
  const ref = refOf(entity, row.id);
  await db.outbox.where('mutation.entityId').equals(row.id).delete();
  const hlc = await nextStamp(db, now);
  const stamps: SyncStampRow = { ref, stamps: {}, pending: {}, base: {}, synced: false };
  const fields: Mutation['fields'] = {};
  for (const [field, value] of Object.entries(row)) {
    fields[field] = { value: value ?? null, hlc };
    stamps.stamps[field] = hlc;
    stamps.pending[field] = hlc;
    stamps.base![field] = {};
  }
  await db.outbox.add({
    mutation: { id: newId(), entity, entityId: row.id, op: 'put', fields, hlc },
    queuedAt: now,
    attempts: 0,
  });
  if (row.deletedAt != null) {
    const del = await nextStamp(db, now);
    const delFields: Mutation['fields'] = {};
    for (const field of ['deletedAt', 'deletedBy']) {
      delFields[field] = { value: row[field] ?? null, hlc: del };
      stamps.stamps[field] = del;
      stamps.pending[field] = del;
    }
    await db.outbox.add({
      mutation: { id: newId(), entity, entityId: row.id, op: 'delete', fields: delFields, hlc: del },
      queuedAt: now,
      attempts: 0,
    });
  }
  await db.stamps.put(stamps);
}

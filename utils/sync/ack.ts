import { refOf, type MeishiDb, type OutboxRow } from '@/utils/db';
import { ENTITY_SCHEMAS, type Mutation, type MutationResult } from '@/utils/model';
import { SERVER_OWNED, type SyncStampRow } from './rebase';
import { displayNameOf, putRows, removeEverywhere, syncTables, tableOf, type AnyRow } from './records';
import { addNotices, type Notice } from './state';

export interface AckContext {
  db: MeishiDb;
  now: () => number;
  region?: string;
}

export interface AckOutcome {
  acknowledged: Mutation[];
  rejected: Notice[];
  unanswered: number;
}

type Rejection = Extract<MutationResult, { status: 'rejected' }>;

/**
 * Applies the server's answers to a pushed batch in one transaction. Applied or duplicate: the outbox
 * entry goes and its fields stop being pending (unless edited again since). Rejected: the edit is
 * rolled back to the server's state, the entry goes, and a notice says why. Entries without an
 * answer stay queued.
 */
export function acknowledge(
  ctx: AckContext,
  sent: readonly OutboxRow[],
  results: readonly MutationResult[],
): Promise<AckOutcome> {
  const { db } = ctx;
  const answers = new Map(results.map((r) => [r.id, r]));
  return db.transaction('rw', syncTables(db), async () => {
    const outcome: AckOutcome = { acknowledged: [], rejected: [], unanswered: 0 };
    for (const entry of sent) {
      const answer = answers.get(entry.mutation.id);
      if (!answer) {
        outcome.unanswered++;
        continue;
      }
      // A pulled deletion may have removed the entry (and the record) while the push was in flight.
      if (entry.seq === undefined || !(await db.outbox.get(entry.seq))) continue;
      if (answer.status === 'rejected') {
        outcome.rejected.push(await rollback(ctx, entry.mutation, answer));
      } else {
        await settle(ctx, entry.mutation);
        outcome.acknowledged.push(entry.mutation);
      }
      await db.outbox.delete(entry.seq);
    }
    await addNotices(db, outcome.rejected);
    return outcome;
  });
}

/**
 * The server took the mutation, but per field the later stamp wins: a field whose server stamp (as
 * last pulled) is later than ours keeps the server's value. When no field of ours won, the server
 * recorded no change and sends no new version, so the fields it sets itself (updatedAt…) go back
 * to its values too; otherwise the next pull brings them.
 */
async function settle(ctx: AckContext, m: Mutation): Promise<void> {
  const { db } = ctx;
  const stamps = (await db.stamps.get(refOf(m.entity, m.entityId))) as SyncStampRow | undefined;
  if (!stamps) return;
  const row = await tableOf(db, m.entity).get(m.entityId);
  const mine = Object.entries(m.fields).filter(([field, change]) => stamps.pending[field] === change.hlc);
  const lost = (field: string, hlc: string) => {
    const known = stamps.base?.[field]?.s;
    return known !== undefined && known > hlc;
  };
  const anyWon = mine.some(([field, change]) => !SERVER_OWNED.has(field) && !lost(field, change.hlc));
  const next: Record<string, unknown> | undefined = row ? { ...row } : undefined;
  let reverted = false;
  for (const [field, change] of mine) {
    const revert = SERVER_OWNED.has(field) ? !anyWon : lost(field, change.hlc);
    const before = stamps.base?.[field];
    if (revert && next && before) {
      if (before.v !== undefined) next[field] = before.v;
      else delete next[field];
      if (before.s) stamps.stamps[field] = before.s;
      else delete stamps.stamps[field];
      reverted = true;
    }
    delete stamps.pending[field];
    if (stamps.base) delete stamps.base[field];
  }
  stamps.synced = true;
  if (reverted && next) {
    const parsed = ENTITY_SCHEMAS[m.entity].safeParse(next);
    if (parsed.success) await putRows(db, m.entity, [parsed.data as unknown as AnyRow], ctx.region);
  }
  await db.stamps.put(stamps);
}

/** Puts back what the server holds for each field this mutation was the latest local edit of. */
async function rollback(ctx: AckContext, m: Mutation, answer: Rejection): Promise<Notice> {
  const { db } = ctx;
  const ref = refOf(m.entity, m.entityId);
  const table = tableOf(db, m.entity);
  const row = await table.get(m.entityId);
  const stamps = (await db.stamps.get(ref)) as SyncStampRow | undefined;
  const name = await displayNameOf(db, m.entity, row);
  const notice: Notice = {
    at: ctx.now(),
    entity: m.entity,
    entityId: m.entityId,
    ...(name ? { name } : {}),
    reason: answer.reason,
    message: answer.message,
  };
  // "erased" may be about this record or only about a value in the edit (an erased person's email
  // merged into another card): either way roll back; a pulled erasure then removes what was erased.
  if (!row || !stamps) return notice;
  const next: Record<string, unknown> = { ...row };
  for (const [field, change] of Object.entries(m.fields)) {
    if (stamps.pending[field] !== change.hlc) continue;
    const before = stamps.base?.[field];
    if (before && before.v !== undefined) next[field] = before.v;
    else delete next[field];
    if (before?.s) stamps.stamps[field] = before.s;
    else delete stamps.stamps[field];
    delete stamps.pending[field];
    if (stamps.base) delete stamps.base[field];
  }
  const stillPending = Object.keys(stamps.pending).length > 0;
  if (!stamps.synced && !stillPending) {
    // The server never had it: there is nothing to go back to.
    await removeEverywhere(db, [{ entity: m.entity, id: m.entityId }]);
    return notice;
  }
  const parsed = ENTITY_SCHEMAS[m.entity].safeParse(next);
  if (parsed.success) {
    await putRows(db, m.entity, [parsed.data as unknown as AnyRow], ctx.region);
  } else if (!stamps.synced) {
    await removeEverywhere(db, [{ entity: m.entity, id: m.entityId }]);
    return notice;
  }
  await db.stamps.put(stamps);
  return notice;
}

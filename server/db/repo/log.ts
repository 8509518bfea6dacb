import type { Selectable } from 'kysely';
import type { AuditTable, BrakesTable } from '../schema';
import { chunks } from './base';
import { MembersRepo } from './members';

export type AuditEntry = Omit<AuditTable, 'seq' | 'team_id'>;

/** Idempotency rows, the audit log, erasure markers and the mass-delete brake. */
export class LogRepo extends MembersRepo {
  // ---- idempotency ---------------------------------------------------------------------------

  async appliedAmong(clientId: string, mutationIds: readonly string[]): Promise<Set<string>> {
    if (mutationIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('applied_mutations')
      .select('mutation_id')
      .where('team_id', '=', this.teamId)
      .where('client_id', '=', clientId)
      .where('mutation_id', 'in', [...mutationIds])
      .execute();
    return new Set(rows.map((r) => r.mutation_id));
  }

  async markApplied(applied: readonly { clientId: string; mutationId: string }[], at: number): Promise<void> {
    for (const chunk of chunks(applied, 400)) {
      await this.db
        .insertInto('applied_mutations')
        .values(
          chunk.map((a) => ({
            team_id: this.teamId,
            client_id: a.clientId,
            mutation_id: a.mutationId,
            applied_at: at,
          })),
        )
        .execute();
    }
  }

  // ---- audit ---------------------------------------------------------------------------------

  async audit(entries: readonly AuditEntry[]): Promise<void> {
    for (const chunk of chunks(entries, 300)) {
      await this.db
        .insertInto('audit')
        .values(chunk.map((e) => ({ ...e, team_id: this.teamId })))
        .execute();
    }
  }

  history(entity: string, id: string, limit: number): Promise<Selectable<AuditTable>[]> {
    return this.db
      .selectFrom('audit')
      .selectAll()
      .where('team_id', '=', this.teamId)
      .where('entity', '=', entity)
      .where('entity_id', '=', id)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
  }

  auditLog(beforeSeq: number | undefined, limit: number): Promise<Selectable<AuditTable>[]> {
    let q = this.db.selectFrom('audit').selectAll().where('team_id', '=', this.teamId);
    if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
    return q.orderBy('seq', 'desc').limit(limit).execute();
  }

  async deletesSince(memberId: string, since: number): Promise<number> {
    const row = await this.db
      .selectFrom('audit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('team_id', '=', this.teamId)
      .where('actor_id', '=', memberId)
      .where('action', '=', 'delete')
      .where('at', '>', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  // ---- erasure markers and brakes ------------------------------------------------------------

  async hasErasures(): Promise<boolean> {
    const row = await this.db
      .selectFrom('erasures')
      .select('hash')
      .where('team_id', '=', this.teamId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async erasedAmong(hashes: readonly string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const found = new Set<string>();
    for (const chunk of chunks([...new Set(hashes)], 400)) {
      const rows = await this.db
        .selectFrom('erasures')
        .select('hash')
        .where('team_id', '=', this.teamId)
        .where('hash', 'in', chunk)
        .execute();
      for (const r of rows) found.add(r.hash);
    }
    return found;
  }

  async addErasures(hashes: readonly string[], at: number): Promise<void> {
    for (const chunk of chunks([...new Set(hashes)], 400)) {
      await this.db
        .insertInto('erasures')
        .values(chunk.map((hash) => ({ team_id: this.teamId, hash, created_at: at })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  brake(memberId: string): Promise<BrakesTable | undefined> {
    return this.db
      .selectFrom('brakes')
      .selectAll()
      .where('team_id', '=', this.teamId)
      .where('member_id', '=', memberId)
      .executeTakeFirst();
  }

  brakes(): Promise<BrakesTable[]> {
    return this.db.selectFrom('brakes').selectAll().where('team_id', '=', this.teamId).execute();
  }

  async setBrake(
    memberId: string,
    patch: Partial<Pick<BrakesTable, 'paused_at' | 'released_at'>>,
  ): Promise<void> {
    await this.db
      .insertInto('brakes')
      .values({ team_id: this.teamId, member_id: memberId, paused_at: null, released_at: null, ...patch })
      .onConflict((oc) => oc.columns(['team_id', 'member_id']).doUpdateSet(patch))
      .execute();
  }
}

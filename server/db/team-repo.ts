import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  AuditTable,
  BrakesTable,
  Database,
  DevicesTable,
  InvitesTable,
  MembersTable,
  RecordsTable,
} from './schema';
import type SqliteDatabase from 'better-sqlite3';
import type { Connection } from './connect';
import { writeBatchSqlite } from './sqlite-batch';

export type AuditEntry = Omit<AuditTable, 'seq' | 'team_id'>;
export type RecordRow = Omit<RecordsTable, 'team_id'>;
export interface ChangeRow {
  entity: string;
  entity_id: string;
  version: number;
  kind: string;
}
export interface PulledRow extends ChangeRow {
  data: string | null;
  stamps: string | null;
  visibility: string | null;
  created_by: string | null;
}

/**
 * Every read and write of a team's rows. The team id is fixed at construction and every query
 * below filters on it, so no caller can forget the filter; on PostgreSQL the transaction also
 * carries the team for row-level security.
 */
export interface WriteBatch {
  records: readonly RecordRow[];
  changes: readonly ChangeRow[];
  audit: readonly AuditEntry[];
  applied: readonly { clientId: string; mutationId: string }[];
  at: number;
  /** The counter's new value, when it moved. */
  version: number | null;
}

export class TeamRepo {
  constructor(
    private readonly db: Transaction<Database>,
    readonly teamId: string,
    private readonly dialect: 'sqlite' | 'postgres' = 'sqlite',
    private readonly sqlite?: SqliteDatabase.Database,
  ) {}

  /**
   * A push's writes. On PostgreSQL they go as one statement (data-modifying CTEs), so the team's
   * counter lock is held for one round trip instead of five; SQLite runs in-process and needs no such care.
   */
  async writeBatch(w: WriteBatch): Promise<void> {
    const rows = w.records.length + w.changes.length + w.audit.length + w.applied.length;
    if (this.sqlite) {
      writeBatchSqlite(this.sqlite, this.teamId, w);
      return;
    }
    const empty = [w.records, w.changes, w.audit, w.applied].some((list) => list.length === 0);
    if (this.dialect !== 'postgres' || rows > 8_000 || empty || w.version === null) {
      await this.upsertRecords(w.records);
      await this.upsertChanges(w.changes);
      await this.audit(w.audit);
      await this.markApplied(w.applied, w.at);
      if (w.version !== null) await this.setCounter(w.version);
      return;
    }
    const team_id = this.teamId;
    await this.db
      .with('r', (db) =>
        db
          .insertInto('records')
          .values(w.records.map((r) => ({ ...r, team_id })))
          .onConflict((oc) =>
            oc.columns(['team_id', 'entity', 'id']).doUpdateSet((eb) => ({
              data: eb.ref('excluded.data'),
              stamps: eb.ref('excluded.stamps'),
              visibility: eb.ref('excluded.visibility'),
              deleted_at: eb.ref('excluded.deleted_at'),
              deleted_by: eb.ref('excluded.deleted_by'),
              version: eb.ref('excluded.version'),
            })),
          ),
      )
      .with('c', (db) =>
        db
          .insertInto('changes')
          .values(w.changes.map((r) => ({ ...r, team_id })))
          .onConflict((oc) =>
            oc.columns(['team_id', 'entity', 'entity_id']).doUpdateSet((eb) => ({
              version: eb.ref('excluded.version'),
              kind: eb.ref('excluded.kind'),
            })),
          ),
      )
      .with('a', (db) => db.insertInto('audit').values(w.audit.map((e) => ({ ...e, team_id }))))
      .with('m', (db) =>
        db.insertInto('applied_mutations').values(
          w.applied.map((a) => ({
            team_id,
            client_id: a.clientId,
            mutation_id: a.mutationId,
            applied_at: w.at,
          })),
        ),
      )
      .updateTable('team_counters')
      .set({ version: w.version })
      .where('team_id', '=', team_id)
      .execute();
  }

  // ---- counter -------------------------------------------------------------------------------

  /** Locks the team's counter row until commit and returns the last version handed out. */
  async lockCounter(): Promise<number> {
    const row = await this.db
      .updateTable('team_counters')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('team_id', '=', this.teamId)
      .returning('version')
      .executeTakeFirstOrThrow();
    return Number(row.version);
  }

  async setCounter(version: number): Promise<void> {
    await this.db.updateTable('team_counters').set({ version }).where('team_id', '=', this.teamId).execute();
  }

  async currentVersion(): Promise<number> {
    const row = await this.db
      .selectFrom('team_counters')
      .select('version')
      .where('team_id', '=', this.teamId)
      .executeTakeFirst();
    return Number(row?.version ?? 0);
  }

  async createCounter(): Promise<void> {
    await this.db.insertInto('team_counters').values({ team_id: this.teamId, version: 0 }).execute();
  }

  // ---- members, devices, invites -------------------------------------------------------------

  members(): Promise<MembersTable[]> {
    return this.db
      .selectFrom('members')
      .selectAll()
      .where('team_id', '=', this.teamId)
      .orderBy('created_at')
      .execute();
  }

  member(id: string): Promise<MembersTable | undefined> {
    return this.db
      .selectFrom('members')
      .selectAll()
      .where('team_id', '=', this.teamId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertMember(row: Omit<MembersTable, 'team_id'>): Promise<void> {
    await this.db
      .insertInto('members')
      .values({ ...row, team_id: this.teamId })
      .execute();
  }

  async setRole(memberId: string, role: string): Promise<number> {
    const r = await this.db
      .updateTable('members')
      .set({ role })
      .where('team_id', '=', this.teamId)
      .where('id', '=', memberId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Revokes a member and every device of theirs. */
  async revokeMember(memberId: string, at: number): Promise<number> {
    const r = await this.db
      .updateTable('members')
      .set({ revoked_at: at })
      .where('team_id', '=', this.teamId)
      .where('id', '=', memberId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    await this.db
      .updateTable('devices')
      .set({ revoked_at: at })
      .where('team_id', '=', this.teamId)
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null)
      .execute();
    return Number(r.numUpdatedRows);
  }

  devices(memberId?: string): Promise<DevicesTable[]> {
    let q = this.db.selectFrom('devices').selectAll().where('team_id', '=', this.teamId);
    if (memberId) q = q.where('member_id', '=', memberId);
    return q.orderBy('created_at').execute();
  }

  device(id: string): Promise<DevicesTable | undefined> {
    return this.db
      .selectFrom('devices')
      .selectAll()
      .where('team_id', '=', this.teamId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertDevice(row: Omit<DevicesTable, 'team_id'>): Promise<void> {
    await this.db
      .insertInto('devices')
      .values({ ...row, team_id: this.teamId })
      .execute();
  }

  async revokeDevice(id: string, at: number): Promise<number> {
    const r = await this.db
      .updateTable('devices')
      .set({ revoked_at: at })
      .where('team_id', '=', this.teamId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async insertInvite(row: Omit<InvitesTable, 'team_id'>): Promise<void> {
    await this.db
      .insertInto('invites')
      .values({ ...row, team_id: this.teamId })
      .execute();
  }

  /** Marks an invite used; false when someone else used it first (one-time, even under races). */
  async useInvite(id: string, memberId: string, at: number): Promise<boolean> {
    const r = await this.db
      .updateTable('invites')
      .set({ used_at: at, used_by: memberId })
      .where('team_id', '=', this.teamId)
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  // ---- records and the change log ------------------------------------------------------------

  async recordsByIds(ids: readonly string[]): Promise<RecordRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .selectFrom('records')
      .select([
        'entity',
        'id',
        'data',
        'stamps',
        'visibility',
        'created_by',
        'deleted_at',
        'deleted_by',
        'version',
      ])
      .where('team_id', '=', this.teamId)
      .where('id', 'in', [...ids])
      .execute();
  }

  recordsOf(entity: string): Promise<RecordRow[]> {
    return this.db
      .selectFrom('records')
      .select([
        'entity',
        'id',
        'data',
        'stamps',
        'visibility',
        'created_by',
        'deleted_at',
        'deleted_by',
        'version',
      ])
      .where('team_id', '=', this.teamId)
      .where('entity', '=', entity)
      .execute();
  }

  async upsertRecords(rows: readonly RecordRow[]): Promise<void> {
    for (const chunk of chunks(rows, 200)) {
      await this.db
        .insertInto('records')
        .values(chunk.map((r) => ({ ...r, team_id: this.teamId })))
        .onConflict((oc) =>
          oc.columns(['team_id', 'entity', 'id']).doUpdateSet((eb) => ({
            data: eb.ref('excluded.data'),
            stamps: eb.ref('excluded.stamps'),
            visibility: eb.ref('excluded.visibility'),
            deleted_at: eb.ref('excluded.deleted_at'),
            deleted_by: eb.ref('excluded.deleted_by'),
            version: eb.ref('excluded.version'),
          })),
        )
        .execute();
    }
  }

  async deleteRecords(keys: readonly { entity: string; id: string }[]): Promise<void> {
    for (const chunk of chunks(keys, 400)) {
      await this.db
        .deleteFrom('records')
        .where('team_id', '=', this.teamId)
        .where((eb) => eb.or(chunk.map((k) => eb.and([eb('entity', '=', k.entity), eb('id', '=', k.id)]))))
        .execute();
    }
  }

  /** Records one change per record: a newer change replaces the older one, keeping the log compact. */
  async upsertChanges(rows: readonly ChangeRow[]): Promise<void> {
    for (const chunk of chunks(rows, 300)) {
      await this.db
        .insertInto('changes')
        .values(chunk.map((r) => ({ ...r, team_id: this.teamId })))
        .onConflict((oc) =>
          oc.columns(['team_id', 'entity', 'entity_id']).doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            kind: eb.ref('excluded.kind'),
          })),
        )
        .execute();
    }
  }

  trash(limit: number): Promise<RecordRow[]> {
    return this.db
      .selectFrom('records')
      .select([
        'entity',
        'id',
        'data',
        'stamps',
        'visibility',
        'created_by',
        'deleted_at',
        'deleted_by',
        'version',
      ])
      .where('team_id', '=', this.teamId)
      .where('deleted_at', 'is not', null)
      .orderBy('deleted_at', 'desc')
      .limit(limit)
      .execute();
  }

  trashOlderThan(cutoff: number): Promise<{ entity: string; id: string }[]> {
    return this.db
      .selectFrom('records')
      .select(['entity', 'id'])
      .where('team_id', '=', this.teamId)
      .where('deleted_at', '<', cutoff)
      .execute();
  }

  /** Visibility and creator of people, enough to project records that point at them. */
  personInfo(ids: readonly string[]): Promise<{ id: string; visibility: string; created_by: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('records')
      .select(['id', 'visibility', 'created_by'])
      .where('team_id', '=', this.teamId)
      .where('entity', '=', 'person')
      .where('id', 'in', [...ids])
      .execute();
  }

  /** The changes after `cursor`, in version order, with the current record beside each. */
  pullPage(cursor: number, limit: number): Promise<PulledRow[]> {
    return this.db
      .selectFrom('changes as c')
      .leftJoin('records as r', (j) =>
        j
          .onRef('r.team_id', '=', 'c.team_id')
          .onRef('r.entity', '=', 'c.entity')
          .onRef('r.id', '=', 'c.entity_id'),
      )
      .select([
        'c.entity',
        'c.entity_id',
        'c.version',
        'c.kind',
        'r.data',
        'r.stamps',
        'r.visibility',
        'r.created_by',
      ])
      .where('c.team_id', '=', this.teamId)
      .where('c.version', '>', cursor)
      .orderBy('c.version')
      .limit(limit)
      .execute();
  }

  // ---- references to people ------------------------------------------------------------------

  async replaceRefs(entity: string, id: string, personIds: readonly string[]): Promise<void> {
    await this.db
      .deleteFrom('refs')
      .where('team_id', '=', this.teamId)
      .where('entity', '=', entity)
      .where('id', '=', id)
      .execute();
    if (personIds.length === 0) return;
    await this.db
      .insertInto('refs')
      .values([...new Set(personIds)].map((person_id) => ({ team_id: this.teamId, entity, id, person_id })))
      .execute();
  }

  async insertRefs(rows: readonly { entity: string; id: string; person_id: string }[]): Promise<void> {
    for (const chunk of chunks(rows, 300)) {
      await this.db
        .insertInto('refs')
        .values(chunk.map((r) => ({ ...r, team_id: this.teamId })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  async deleteRefsOf(keys: readonly { entity: string; id: string }[]): Promise<void> {
    for (const chunk of chunks(keys, 400)) {
      await this.db
        .deleteFrom('refs')
        .where('team_id', '=', this.teamId)
        .where((eb) => eb.or(chunk.map((k) => eb.and([eb('entity', '=', k.entity), eb('id', '=', k.id)]))))
        .execute();
    }
  }

  /** Records that point at any of these people. */
  async referrersOf(personIds: readonly string[]): Promise<{ entity: string; id: string }[]> {
    if (personIds.length === 0) return [];
    return this.db
      .selectFrom('refs')
      .select(['entity', 'id'])
      .distinct()
      .where('team_id', '=', this.teamId)
      .where('person_id', 'in', [...personIds])
      .execute();
  }

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

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Runs `fn` in one transaction scoped to a team: the repository filters every query on the team,
 * and on PostgreSQL the transaction-local `meishi.team_id` setting drives row-level security.
 */
export async function withTeam<T>(
  conn: Connection,
  teamId: string,
  fn: (repo: TeamRepo) => Promise<T>,
): Promise<T> {
  return conn.kysely.transaction().execute(async (trx) => {
    if (conn.dialect === 'postgres')
      await sql`SELECT set_config('meishi.team_id', ${teamId}, true)`.execute(trx);
    return fn(new TeamRepo(trx, teamId, conn.dialect, conn.sqlite));
  });
}

/** For migrations and tests only: the raw handle, bypassing the team scope. */
export type RawDb = Kysely<Database>;

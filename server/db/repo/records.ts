import type { RecordsTable } from '../schema';
import { writeBatchSqlite } from '../sqlite-batch';
import { chunks } from './base';
import { LogRepo, type AuditEntry } from './log';

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

/** A push's writes, applied together. */
export interface WriteBatch {
  records: readonly RecordRow[];
  changes: readonly ChangeRow[];
  audit: readonly AuditEntry[];
  applied: readonly { clientId: string; mutationId: string }[];
  at: number;
  /** The counter's new value, when it moved. */
  version: number | null;
}

/** Records, the change log, pulls, references to people and the trash. */
export class RecordsRepo extends LogRepo {
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
}

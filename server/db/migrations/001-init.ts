import { sql, type Kysely, type Migration } from 'kysely';
import { TEAM_TABLES } from '../schema';

type Dialect = 'sqlite' | 'postgres';

/** The first schema: teams, members, devices, invites, the generic record store, its change log and audit. */
export function initMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('erase_salt', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('team_counters')
        .addColumn('team_id', 'text', (c) => c.primaryKey())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('members')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema.createIndex('members_team').on('members').columns(['team_id', 'id']).execute();
      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .addColumn('last_seen_at', 'bigint')
        .execute();
      await db.schema.createIndex('devices_member').on('devices').columns(['team_id', 'member_id']).execute();
      await db.schema
        .createTable('invites')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('code_hash', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addColumn('used_at', 'bigint')
        .addColumn('used_by', 'text')
        .execute();
      await db.schema
        .createTable('records')
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('stamps', 'text', (c) => c.notNull())
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'bigint')
        .addColumn('deleted_by', 'text')
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['team_id', 'entity', 'id'])
        .execute();
      await db.schema
        .createIndex('records_deleted')
        .on('records')
        .columns(['team_id', 'deleted_at'])
        .execute();
      await db.schema
        .createTable('changes')
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('changes_pk', ['team_id', 'entity', 'entity_id'])
        .execute();
      await db.schema
        .createIndex('changes_version')
        .on('changes')
        .columns(['team_id', 'version'])
        .unique()
        .execute();
      await db.schema
        .createTable('refs')
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('refs_pk', ['team_id', 'entity', 'id', 'person_id'])
        .execute();
      await db.schema.createIndex('refs_person').on('refs').columns(['team_id', 'person_id']).execute();
      await db.schema
        .createTable('applied_mutations')
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('mutation_id', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('applied_pk', ['team_id', 'client_id', 'mutation_id'])
        .execute();
      await db.schema
        .createTable('audit')
        .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('device_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text')
        .addColumn('entity_id', 'text')
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('audit_entity')
        .on('audit')
        .columns(['team_id', 'entity', 'entity_id'])
        .execute();
      await db.schema.createIndex('audit_actor').on('audit').columns(['team_id', 'actor_id', 'at']).execute();
      await db.schema
        .createTable('erasures')
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('erasures_pk', ['team_id', 'hash'])
        .execute();
      await db.schema
        .createTable('brakes')
        .addColumn('team_id', 'text', (c) => c.notNull())
        .addColumn('member_id', 'text', (c) => c.notNull())
        .addColumn('paused_at', 'bigint')
        .addColumn('released_at', 'bigint')
        .addPrimaryKeyConstraint('brakes_pk', ['team_id', 'member_id'])
        .execute();

      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`.execute(
          db,
        );
        await sql`CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`.execute(
          db,
        );
        return;
      }
      await sql`CREATE FUNCTION meishi_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit is append-only'; END $$`.execute(db);
      await sql`CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
        FOR EACH ROW EXECUTE FUNCTION meishi_audit_append_only()`.execute(db);
      // Defence in depth: even a query that forgot its team filter only sees the team of its transaction.
      for (const table of TEAM_TABLES) {
        await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
        await sql`ALTER TABLE ${sql.table(table)} FORCE ROW LEVEL SECURITY`.execute(db);
        await sql`CREATE POLICY team_isolation ON ${sql.table(table)}
          USING (team_id = current_setting('meishi.team_id', true))
          WITH CHECK (team_id = current_setting('meishi.team_id', true))`.execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'brakes',
        'erasures',
        'audit',
        'applied_mutations',
        'refs',
        'changes',
        'records',
        'invites',
        'devices',
        'members',
        'team_counters',
        'teams',
      ]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
      if (dialect === 'postgres') await sql`DROP FUNCTION IF EXISTS meishi_audit_append_only()`.execute(db);
    },
  };
}

import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type Migration,
  type MigrationProvider,
} from 'kysely';
import pg from 'pg';
import { initMigration } from './migrations/001-init';
import { recordIdsMigration } from './migrations/002-record-ids';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely handle plus what the rest of the server needs to know about it. */
export interface Connection {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite handle (online backup, checkpoints); absent on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

const INT8_OID = 20;

/** Opens SQLite (a file path, `file:` URL or ':memory:') or PostgreSQL (postgres://…). */
export function connect(url: string, opts: { poolSize?: number } = {}): Connection {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      // Versions and timestamps are bigint; they fit a double for ~285,000 years of milliseconds.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as never,
      },
    });
    // An idle client that loses its server must not crash the process.
    pool.on('error', () => undefined);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', close: () => kysely.destroy() };
  }
  const file = url.replace(/^sqlite:(\/\/)?/i, '').replace(/^file:(\/\/)?/i, '');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Erased data must not linger in free pages of the file.
  sqlite.pragma('secure_delete = ON');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { kysely, dialect: 'sqlite', sqlite, close: () => kysely.destroy() };
}

function provider(dialect: DialectName): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '001-init': initMigration(dialect),
    '002-record-ids': recordIdsMigration,
  };
  return { getMigrations: async () => migrations };
}

/** Brings the schema up to date; the same migrations run on both databases. */
export async function migrate(conn: Connection): Promise<void> {
  const migrator = new Migrator({ db: conn.kysely, provider: provider(conn.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const why = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`database migration failed: ${why}`);
  }
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Databases for server tests: a fresh SQLite file, and a fresh PostgreSQL database owned by a role
 * that is neither superuser nor BYPASSRLS, so row-level security really applies.
 * PostgreSQL comes from MEISHI_TEST_PG_URL (CI sources .ci/postgres.sh); without it, a throwaway
 * cluster is started when the binaries exist; in CI its absence fails loudly; locally it skips.
 */
export interface TestDatabase {
  url: string;
  /** Absolute path of the SQLite file (for scanning the bytes), or the database name on PostgreSQL. */
  file?: string;
  pgName?: string;
  pgAdminUrl?: string;
  drop(): Promise<void>;
}

export interface DatabaseKind {
  name: 'sqlite' | 'postgres';
  /** Null when this kind is available; otherwise why it is skipped. */
  skip: string | null;
  create(): Promise<TestDatabase>;
  /** Stops anything started for this kind (a throwaway cluster). */
  shutdown(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
const APP_ROLE = 'meishi_app';

export function sqliteKind(): DatabaseKind {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meishi-sqlite-'));
  let n = 0;
  return {
    name: 'sqlite',
    skip: null,
    async create() {
      const file = path.join(dir, `t${++n}.db`);
      return {
        url: file,
        file,
        async drop() {
          for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
        },
      };
    },
    async shutdown() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function pgBinaries(): boolean {
  try {
    return fs
      .readdirSync('/usr/lib/postgresql')
      .some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  } catch {
    return false;
  }
}

function startThrowawayCluster(): { url: string; dir: string } {
  const out = execFileSync('bash', [path.join(ROOT, '.ci/postgres.sh')], {
    encoding: 'utf8',
    env: { ...process.env, PG_PORT: String(56000 + Math.floor(Math.random() * 2000)) },
  });
  const url = /MEISHI_TEST_PG_URL=(\S+)/.exec(out)?.[1];
  const dir = /MEISHI_TEST_PG_DIR=(\S+)/.exec(out)?.[1];
  if (!url || !dir) throw new Error(`could not start PostgreSQL:\n${out}`);
  return { url, dir };
}

export function postgresKind(): DatabaseKind {
  let adminUrl = process.env.MEISHI_TEST_PG_URL ?? '';
  let cluster: { dir: string } | null = null;
  let skip: string | null = null;
  if (!adminUrl) {
    if (pgBinaries()) {
      const started = startThrowawayCluster();
      adminUrl = started.url;
      cluster = started;
    } else if (process.env.CI === 'true') {
      throw new Error(
        'MEISHI_TEST_PG_URL is not set and PostgreSQL is not installed: CI must run the PostgreSQL tests (source .ci/postgres.sh)',
      );
    } else {
      skip =
        'PostgreSQL tests skipped: set MEISHI_TEST_PG_URL (source .ci/postgres.sh) or install PostgreSQL';
      console.warn(skip);
    }
  }
  let roleReady = false;
  return {
    name: 'postgres',
    skip,
    async create() {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const name = `meishi_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      try {
        if (!roleReady) {
          const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
          if (exists.rowCount === 0) {
            await admin
              .query(`CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS CREATEDB`)
              .catch(() => undefined);
          }
          roleReady = true;
        }
        await admin.query(`CREATE DATABASE ${name} OWNER ${APP_ROLE}`);
      } finally {
        await admin.end();
      }
      const url = new URL(adminUrl);
      url.username = APP_ROLE;
      url.password = '';
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        pgName: name,
        pgAdminUrl: adminUrl,
        async drop() {
          const c = new pg.Client({ connectionString: adminUrl });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
        },
      };
    },
    async shutdown() {
      if (cluster) execFileSync('bash', [path.join(ROOT, '.ci/postgres.sh'), 'stop', cluster.dir]);
      cluster = null;
    },
  };
}

/** Both kinds, for `describe.each`. */
export function databaseKinds(): DatabaseKind[] {
  return [sqliteKind(), postgresKind()];
}

import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('SQLite statement cache', () => {
  let db: SqliteDatabase.Database;
  afterEach(() => {
    if (db.open) db.close();
  });

  it('hands out one compiled statement per SQL text, and drops the least recently used', () => {
    db = new SqliteDatabase(':memory:');
    const cached = withStatementCache(db, 2);
    const a = cached.prepare('SELECT 1 AS one');
    expect(cached.prepare('SELECT 1 AS one')).toBe(a);
    const b = cached.prepare('SELECT 2 AS two');
    cached.prepare('SELECT 1 AS one'); // a is now the most recent
    cached.prepare('SELECT 3 AS three'); // drops b
    expect(cached.prepare('SELECT 1 AS one')).toBe(a);
    expect(cached.prepare('SELECT 2 AS two')).not.toBe(b);
  });

  it('runs Kysely queries, and a kept statement follows a schema change', async () => {
    db = new SqliteDatabase(':memory:');
    const kysely = new Kysely<{ t: { id: number; note?: string | null } }>({
      dialect: new SqliteDialect({ database: withStatementCache(db) }),
    });
    await sql`CREATE TABLE t (id INTEGER PRIMARY KEY)`.execute(kysely);
    await kysely.insertInto('t').values({ id: 1 }).execute();
    expect(await kysely.selectFrom('t').selectAll().execute()).toEqual([{ id: 1 }]);
    await sql`ALTER TABLE t ADD COLUMN note TEXT`.execute(kysely);
    await kysely.insertInto('t').values({ id: 2 }).execute();
    expect(await kysely.selectFrom('t').selectAll().orderBy('id').execute()).toEqual([
      { id: 1, note: null },
      { id: 2, note: null },
    ]);
    await kysely.destroy();
    expect(db.open).toBe(false);
  });
});

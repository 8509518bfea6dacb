import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqlite, SqliteStatement } from 'kysely';

/**
 * better-sqlite3 as Kysely's SQLite database, with compiled statements kept by their SQL text.
 * Kysely prepares every query anew, and compiling costs more than running most of ours (a push
 * runs the same few statements thousands of times). SQLite recompiles a kept statement by itself
 * after a schema change. Kysely runs one query at a time on its single connection, so a kept
 * statement is never busy when it is handed out again.
 */
export function withStatementCache(db: SqliteDatabase.Database, size = 256): KyselySqlite {
  const kept = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let statement = kept.get(sql);
      if (statement) {
        // Most recently used last, so the first key is the one to drop.
        kept.delete(sql);
      } else {
        statement = db.prepare(sql);
        if (kept.size >= size) kept.delete(kept.keys().next().value as string);
      }
      kept.set(sql, statement);
      return statement;
    },
  };
}

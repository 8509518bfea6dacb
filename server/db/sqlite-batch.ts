import type SqliteDatabase from 'better-sqlite3';
import type { WriteBatch } from './team-repo';

/**
 * A push's writes on SQLite as cached single-row prepared statements. Compiling one large
 * multi-row INSERT per push costs more than the inserts themselves; SQLite runs in-process, so
 * executing a prepared statement per row is cheap. Runs inside the caller's transaction (one
 * connection), with the team id bound from the team repository.
 */
interface Statements {
  record: SqliteDatabase.Statement;
  change: SqliteDatabase.Statement;
  audit: SqliteDatabase.Statement;
  applied: SqliteDatabase.Statement;
  counter: SqliteDatabase.Statement;
}

const cache = new WeakMap<SqliteDatabase.Database, Statements>();

function statements(db: SqliteDatabase.Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      record: db.prepare(
        `INSERT INTO records (team_id, entity, id, data, stamps, visibility, created_by, deleted_at, deleted_by, version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (team_id, entity, id) DO UPDATE SET data = excluded.data, stamps = excluded.stamps,
           visibility = excluded.visibility, deleted_at = excluded.deleted_at, deleted_by = excluded.deleted_by,
           version = excluded.version`,
      ),
      change: db.prepare(
        `INSERT INTO changes (team_id, entity, entity_id, version, kind) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (team_id, entity, entity_id) DO UPDATE SET version = excluded.version, kind = excluded.kind`,
      ),
      audit: db.prepare(
        `INSERT INTO audit (team_id, at, actor_id, device_id, action, entity, entity_id, fields, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      applied: db.prepare(
        'INSERT INTO applied_mutations (team_id, client_id, mutation_id, applied_at) VALUES (?, ?, ?, ?)',
      ),
      counter: db.prepare('UPDATE team_counters SET version = ? WHERE team_id = ?'),
    };
    cache.set(db, s);
  }
  return s;
}

export function writeBatchSqlite(db: SqliteDatabase.Database, teamId: string, w: WriteBatch): void {
  const s = statements(db);
  for (const r of w.records) {
    s.record.run(
      teamId,
      r.entity,
      r.id,
      r.data,
      r.stamps,
      r.visibility,
      r.created_by,
      r.deleted_at,
      r.deleted_by,
      r.version,
    );
  }
  for (const c of w.changes) s.change.run(teamId, c.entity, c.entity_id, c.version, c.kind);
  for (const a of w.audit) {
    s.audit.run(teamId, a.at, a.actor_id, a.device_id, a.action, a.entity, a.entity_id, a.fields, a.detail);
  }
  for (const a of w.applied) s.applied.run(teamId, a.clientId, a.mutationId, w.at);
  if (w.version !== null) s.counter.run(w.version, teamId);
}

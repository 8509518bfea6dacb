import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, migrate, type Connection } from '../../server/db/connect';
import { withTeam } from '../../server/db/team-repo';
import { createTeam } from '../../server/team/teams';
import { postgresKind, sqliteKind, type TestDatabase } from './helpers/databases';

const pgKind = postgresKind();
const liteKind = sqliteKind();
afterAll(async () => {
  await pgKind.shutdown();
  await liteKind.shutdown();
});

describe.each([liteKind, pgKind])('migrations on $name', (kind) => {
  it.skipIf(kind.skip !== null)('run on start, twice without harm', async () => {
    const db = await kind.create();
    const conn = connect(db.url);
    try {
      await migrate(conn);
      await migrate(conn);
      const { team } = await createTeam(conn, 'Migrated', Date.now());
      expect(await withTeam(conn, team.id, (repo) => repo.currentVersion())).toBe(0);
    } finally {
      await conn.close();
      await db.drop();
    }
  });
});

describe.skipIf(pgKind.skip !== null)('row-level security on PostgreSQL', () => {
  let db: TestDatabase;
  let conn: Connection;
  let teamA: string;
  let teamB: string;
  beforeAll(async () => {
    db = await pgKind.create();
    conn = connect(db.url);
    await migrate(conn);
    teamA = (await createTeam(conn, 'A', Date.now())).team.id;
    teamB = (await createTeam(conn, 'B', Date.now())).team.id;
  });
  afterAll(async () => {
    await conn.close();
    await db.drop();
  });

  it('connects as a role that row-level security applies to', async () => {
    const r = await sql<{ rolsuper: boolean; rolbypassrls: boolean }>`
      SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`.execute(conn.kysely);
    expect(r.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('shows a query without a team filter only the transaction’s team', async () => {
    const unfiltered = (teamId: string | null) =>
      conn.kysely.transaction().execute(async (trx) => {
        if (teamId) await sql`SELECT set_config('meishi.team_id', ${teamId}, true)`.execute(trx);
        const rows = await sql<{ team_id: string }>`SELECT team_id FROM team_counters`.execute(trx);
        return rows.rows.map((r) => r.team_id);
      });
    expect(await unfiltered(teamA)).toEqual([teamA]);
    expect(await unfiltered(teamB)).toEqual([teamB]);
    expect(await unfiltered(null)).toEqual([]);
  });

  it('refuses to write another team’s rows inside a team’s transaction', async () => {
    await expect(
      withTeam(conn, teamA, async () => {
        await sql`INSERT INTO erasures (team_id, hash, created_at) VALUES (${teamB}, 'x', 1)`.execute(
          conn.kysely,
        );
      }),
    ).rejects.toThrow();
    const sneaky = conn.kysely.transaction().execute(async (trx) => {
      await sql`SELECT set_config('meishi.team_id', ${teamA}, true)`.execute(trx);
      await sql`INSERT INTO erasures (team_id, hash, created_at) VALUES (${teamB}, 'x', 1)`.execute(trx);
    });
    await expect(sneaky).rejects.toThrow(/row-level security/);
  });

  it('keeps the audit log append-only', async () => {
    const attempt = conn.kysely.transaction().execute(async (trx) => {
      await sql`SELECT set_config('meishi.team_id', ${teamA}, true)`.execute(trx);
      await sql`DELETE FROM audit`.execute(trx);
    });
    await expect(attempt).rejects.toThrow(/append-only/);
  });
});

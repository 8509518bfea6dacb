import { sql } from 'kysely';
import type { Connection } from './connect';
import { RecordsRepo } from './repo/records';

export type { AuditEntry } from './repo/log';
export type { ChangeRow, PulledRow, RecordRow, WriteBatch } from './repo/records';

/**
 * Every read and write of a team's rows. The team id is fixed at construction and every query
 * filters on it, so no caller can forget the filter; on PostgreSQL the transaction also carries
 * the team for row-level security.
 */
export class TeamRepo extends RecordsRepo {}

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

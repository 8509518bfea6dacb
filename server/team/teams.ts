import { randomBytes } from 'node:crypto';
import { newId } from '../../utils/model/id';
import type { Role } from '../../utils/model/team';
import { INVITE_CODE, hashSecret, newSecret } from '../auth/tokens';
import type { Connection } from '../db/connect';
import { GlobalRepo } from '../db/global-repo';
import { withTeam } from '../db/team-repo';
import type { TeamsTable } from '../db/schema';

const DAY = 86_400_000;
export const DEFAULT_INVITE_DAYS = 7;

export interface CreatedInvite {
  code: string;
  inviteId: string;
  role: Role;
  expiresAt: number;
}

/** Creates a team (with its version counter and erasure salt) and a one-time admin invite. */
export async function createTeam(
  conn: Connection,
  name: string,
  now: number,
): Promise<{ team: TeamsTable; invite: CreatedInvite }> {
  const team: TeamsTable = {
    id: newId(),
    name,
    created_at: now,
    erase_salt: randomBytes(32).toString('hex'),
  };
  await new GlobalRepo(conn.kysely).insertTeam(team);
  await withTeam(conn, team.id, (repo) => repo.createCounter());
  const invite = await createInvite(conn, team.id, {
    role: 'admin',
    expiresInMs: DEFAULT_INVITE_DAYS * DAY,
    by: 'cli',
    now,
  });
  return { team, invite };
}

/** A one-time invite: only its SHA-256 is stored; the code is shown once. */
export async function createInvite(
  conn: Connection,
  teamId: string,
  opts: { role: Role; expiresInMs: number; by: string; now: number },
): Promise<CreatedInvite> {
  const code = newSecret(INVITE_CODE);
  const inviteId = newId();
  const expiresAt = opts.now + opts.expiresInMs;
  await withTeam(conn, teamId, async (repo) => {
    await repo.insertInvite({
      id: inviteId,
      code_hash: hashSecret(code),
      role: opts.role,
      created_by: opts.by,
      created_at: opts.now,
      expires_at: expiresAt,
      used_at: null,
      used_by: null,
    });
    await repo.audit([
      {
        at: opts.now,
        actor_id: opts.by,
        device_id: null,
        action: 'invite',
        entity: null,
        entity_id: null,
        fields: '[]',
        detail: JSON.stringify({ inviteId, role: opts.role, expiresAt }),
      },
    ]);
  });
  return { code, inviteId, role: opts.role, expiresAt };
}

/**
 * On a fresh database, creates "My team" and returns a fresh admin invite for `npm start` to print.
 * Returns null once any team exists.
 */
export async function ensureFirstRun(
  conn: Connection,
  now = Date.now(),
): Promise<{ teamId: string; teamName: string; invite: string; expiresAt: number } | null> {
  const teams = await new GlobalRepo(conn.kysely).listTeams();
  if (teams.length > 0) return null;
  const { team, invite } = await createTeam(conn, 'My team', now);
  return { teamId: team.id, teamName: team.name, invite: invite.code, expiresAt: invite.expiresAt };
}

/** Parses "7d", "12h", "30m" or a bare number of days. */
export function parseDuration(text: string): number | null {
  const m = /^(\d{1,4})\s*([dhm]?)$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (n <= 0) return null;
  const unit = (m[2] ?? '').toLowerCase();
  return n * (unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : DAY);
}

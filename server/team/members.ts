import { newId } from '../../utils/model/id';
import { RoleSchema, type Member, type Role, type Team } from '../../utils/model/team';
import type { JoinRequest, JoinResponse } from '../../utils/model/sync-api';
import type { Actor } from '../auth/actor';
import { DEVICE_TOKEN, INVITE_CODE, hashSecret, isWellFormed, newSecret, safeEqual } from '../auth/tokens';
import type { Connection } from '../db/connect';
import { GlobalRepo } from '../db/global-repo';
import { withTeam, type AuditEntry, type TeamRepo } from '../db/team-repo';
import type { MembersTable, TeamsTable } from '../db/schema';

export function toMember(row: MembersTable): Member {
  return {
    id: row.id,
    teamId: row.team_id,
    name: row.name,
    ...(row.email ? { email: row.email } : {}),
    role: RoleSchema.catch('viewer').parse(row.role),
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
  };
}

export function toTeam(row: TeamsTable): Team {
  return { id: row.id, name: row.name, createdAt: Number(row.created_at) };
}

export function auditEntry(
  actor: string,
  deviceId: string | null,
  action: string,
  at: number,
  detail: object,
): AuditEntry {
  return {
    at,
    actor_id: actor,
    device_id: deviceId,
    action,
    entity: null,
    entity_id: null,
    fields: '[]',
    detail: JSON.stringify(detail),
  };
}

export type JoinFailure = 'invalid' | 'expired' | 'used';

/** Exchanges a one-time invite for a new member and their first device token. */
export async function join(
  conn: Connection,
  req: JoinRequest,
  now: number,
): Promise<JoinResponse | JoinFailure> {
  if (!isWellFormed(INVITE_CODE, req.invite)) return 'invalid';
  const global = new GlobalRepo(conn.kysely);
  const hash = hashSecret(req.invite);
  const invite = await global.inviteByCodeHash(hash);
  if (!invite || !safeEqual(invite.code_hash, hash)) return 'invalid';
  if (invite.used_at !== null) return 'used';
  if (invite.expires_at <= now) return 'expired';
  const team = await global.team(invite.team_id);
  if (!team) return 'invalid';
  const role = RoleSchema.parse(invite.role);
  const memberId = newId();
  const result = await withTeam(conn, team.id, async (repo) => {
    if (!(await repo.useInvite(invite.id, memberId, now))) return null;
    const row: MembersTable = {
      id: memberId,
      team_id: team.id,
      name: req.name,
      email: req.email ? req.email : null,
      role,
      created_at: now,
      revoked_at: null,
    };
    await repo.insertMember(row);
    const device = await addDevice(repo, memberId, req.deviceName, now);
    await repo.audit([auditEntry(memberId, device.deviceId, 'join', now, { inviteId: invite.id, role })]);
    return { token: device.token, deviceId: device.deviceId, member: toMember(row) };
  });
  if (!result) return 'used';
  return { ...result, team: toTeam(team) };
}

/** A new device for a member; the token is returned once and only its hash is kept. */
export async function addDevice(
  repo: TeamRepo,
  memberId: string,
  name: string,
  now: number,
): Promise<{ token: string; deviceId: string }> {
  const token = newSecret(DEVICE_TOKEN);
  const deviceId = newId();
  await repo.insertDevice({
    id: deviceId,
    member_id: memberId,
    name,
    token_hash: hashSecret(token),
    created_at: now,
    revoked_at: null,
    last_seen_at: null,
  });
  return { token, deviceId };
}

export function listMembers(conn: Connection, teamId: string): Promise<Member[]> {
  return withTeam(conn, teamId, async (repo) => (await repo.members()).map(toMember));
}

/** Revokes a member (and all their devices) or a single device, by id. False when nothing matched. */
export async function revoke(
  conn: Connection,
  actor: Pick<Actor, 'teamId' | 'memberId' | 'deviceId'>,
  id: string,
  now: number,
) {
  return withTeam(conn, actor.teamId, async (repo) => {
    const members = await repo.revokeMember(id, now);
    const devices = members > 0 ? 0 : await repo.revokeDevice(id, now);
    if (members + devices === 0) return false;
    await repo.audit([
      auditEntry(actor.memberId, actor.deviceId, members > 0 ? 'revoke.member' : 'revoke.device', now, {
        id,
      }),
    ]);
    return true;
  });
}

export async function setRole(conn: Connection, actor: Actor, memberId: string, role: Role, now: number) {
  return withTeam(conn, actor.teamId, async (repo) => {
    const n = await repo.setRole(memberId, role);
    if (n > 0)
      await repo.audit([auditEntry(actor.memberId, actor.deviceId, 'role', now, { memberId, role })]);
    return n > 0;
  });
}

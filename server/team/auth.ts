import { RoleSchema } from '../../utils/model/team';
import type { Actor } from '../auth/actor';
import { DEVICE_TOKEN, hashSecret, isWellFormed, safeEqual } from '../auth/tokens';
import type { Connection } from '../db/connect';
import { GlobalRepo } from '../db/global-repo';
import { withTeam } from '../db/team-repo';

export type AuthFailure = 'missing' | 'malformed' | 'unknown' | 'revoked';

/** Resolves "Authorization: Bearer meishi_…" to the member and device behind it. */
export async function authenticate(
  conn: Connection,
  header: string | undefined,
): Promise<Actor | AuthFailure> {
  if (!header) return 'missing';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const token = m?.[1];
  // The checksum rejects typos and random strings without touching the database.
  if (!token || !isWellFormed(DEVICE_TOKEN, token)) return 'malformed';
  const hash = hashSecret(token);
  const device = await new GlobalRepo(conn.kysely).deviceByTokenHash(hash);
  if (!device || !safeEqual(device.token_hash, hash)) return 'unknown';
  if (device.revoked_at !== null) return 'revoked';
  const member = await withTeam(conn, device.team_id, (repo) => repo.member(device.member_id));
  if (!member || member.revoked_at !== null) return 'revoked';
  const role = RoleSchema.safeParse(member.role);
  if (!role.success) return 'revoked';
  return { teamId: device.team_id, memberId: member.id, role: role.data, deviceId: device.id };
}

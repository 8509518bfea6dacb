import { RoleSchema } from '../../utils/model/team';
import type { Actor } from '../auth/actor';
import { DEVICE_TOKEN, hashSecret, isWellFormed, safeEqual } from '../auth/tokens';
import type { Connection } from '../db/connect';
import { GlobalRepo } from '../db/global-repo';
import { withTeam } from '../db/team-repo';

export type AuthFailure = 'missing' | 'malformed' | 'unknown' | 'revoked';

/**
 * Remembers resolved tokens for a moment so a busy client does not cost two look-ups a request.
 * This process clears it on every revocation or role change; a revocation made by another process
 * (the CLI) takes effect within `ttlMs`.
 */
export class AuthCache {
  private readonly entries = new Map<string, { actor: Actor; until: number }>();
  constructor(readonly ttlMs = 2_000) {}

  get(hash: string, now: number): Actor | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (e.until > now) return e.actor;
    this.entries.delete(hash);
    return undefined;
  }

  set(hash: string, actor: Actor, now: number): void {
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(hash, { actor, until: now + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Resolves "Authorization: Bearer meishi_…" to the member and device behind it. */
export async function authenticate(
  conn: Connection,
  header: string | undefined,
  cache?: AuthCache,
  now = Date.now(),
): Promise<Actor | AuthFailure> {
  if (!header) return 'missing';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const token = m?.[1];
  // The checksum rejects typos and random strings without touching the database.
  if (!token || !isWellFormed(DEVICE_TOKEN, token)) return 'malformed';
  const hash = hashSecret(token);
  const cached = cache?.get(hash, now);
  if (cached) return cached;
  const global = new GlobalRepo(conn.kysely);
  const device = await global.deviceByTokenHash(hash);
  if (!device || !safeEqual(device.token_hash, hash)) return 'unknown';
  if (device.revoked_at !== null) return 'revoked';
  const member = await withTeam(conn, device.team_id, (repo) => repo.member(device.member_id));
  if (!member || member.revoked_at !== null) return 'revoked';
  const role = RoleSchema.safeParse(member.role);
  if (!role.success) return 'revoked';
  const actor: Actor = { teamId: device.team_id, memberId: member.id, role: role.data, deviceId: device.id };
  cache?.set(hash, actor, now);
  await global.touchDevice(device.id, now);
  return actor;
}

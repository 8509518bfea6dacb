import { z } from 'zod';
import { JoinRequestSchema } from '../../utils/model/sync-api';
import {
  InviteRequestSchema,
  NewDeviceRequestSchema,
  RoleChangeRequestSchema,
} from '../../utils/model/team-api';
import { can } from '../auth/roles';
import { GlobalRepo } from '../db/global-repo';
import { withTeam } from '../db/team-repo';
import { addDevice, auditEntry, join, listMembers, revoke, setRole, toMember, toTeam } from '../team/members';
import { createInvite } from '../team/teams';
import { authed, fail, open, type RouteDef } from './route';

/** Member and device ids are UUIDs; anything else is refused before it reaches the database. */
const MemberIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const DAY = 86_400_000;

export const teamRoutes: RouteDef[] = [
  open({
    method: 'POST',
    path: '/v1/join',
    auth: 'public',
    body: JoinRequestSchema,
    summary: 'exchange a one-time invite for a member and a device token',
    async handle({ c, deps, body }) {
      const result = await join(deps.conn, body, deps.now());
      if (result === 'invalid') return fail(c, 403, 'invite_invalid', 'this invite code is not valid');
      if (result === 'used') return fail(c, 410, 'invite_used', 'this invite has already been used');
      if (result === 'expired')
        return fail(c, 410, 'invite_expired', 'this invite has expired; ask for a new one');
      deps.log.info('member joined', {
        teamId: result.team.id,
        memberId: result.member.id,
        deviceId: result.deviceId,
      });
      return c.json(result, 201);
    },
  }),
  authed({
    method: 'GET',
    path: '/v1/me',
    auth: 'read',
    summary: 'who this token belongs to',
    async handle({ c, deps, actor }) {
      const [team, member] = await Promise.all([
        new GlobalRepo(deps.conn.kysely).team(actor.teamId),
        withTeam(deps.conn, actor.teamId, (repo) => repo.member(actor.memberId)),
      ]);
      if (!team || !member) return fail(c, 401, 'unauthorized', 'this token no longer works');
      return c.json({ member: toMember(member), team: toTeam(team), role: actor.role });
    },
  }),
  authed({
    method: 'GET',
    path: '/v1/members',
    auth: 'read',
    summary: "the team's members",
    async handle({ c, deps, actor }) {
      return c.json({ members: await listMembers(deps.conn, actor.teamId) });
    },
  }),
  authed({
    method: 'PATCH',
    path: '/v1/members/:id',
    auth: 'manageMembers',
    scoped: true,
    body: RoleChangeRequestSchema,
    summary: "change a member's role",
    async handle({ c, deps, actor, body, params }) {
      const id = MemberIdParam.safeParse(params.id);
      if (!id.success) return fail(c, 400, 'invalid', 'bad member id');
      const changed = await setRole(deps.conn, actor, id.data, body.role, deps.now());
      deps.authCache.clear();
      if (!changed) {
        return fail(c, 404, 'not_found', 'no such member');
      }
      const member = await withTeam(deps.conn, actor.teamId, (repo) => repo.member(id.data));
      return c.json({ member: member ? toMember(member) : null });
    },
  }),
  authed({
    method: 'DELETE',
    path: '/v1/members/:id',
    auth: 'manageMembers',
    scoped: true,
    summary: 'revoke a member and all their devices',
    async handle({ c, deps, actor, params }) {
      const id = MemberIdParam.safeParse(params.id);
      if (!id.success) return fail(c, 400, 'invalid', 'bad member id');
      const member = await withTeam(deps.conn, actor.teamId, (repo) => repo.member(id.data));
      if (!member) return fail(c, 404, 'not_found', 'no such member');
      await revoke(deps.conn, actor, id.data, deps.now());
      deps.authCache.clear();
      return c.body(null, 204);
    },
  }),
  authed({
    method: 'GET',
    path: '/v1/devices',
    auth: 'read',
    summary: "this member's devices",
    async handle({ c, deps, actor }) {
      const rows = await withTeam(deps.conn, actor.teamId, (repo) => repo.devices(actor.memberId));
      return c.json({
        devices: rows.map((d) => ({
          id: d.id,
          memberId: d.member_id,
          name: d.name,
          createdAt: Number(d.created_at),
          lastSeenAt: d.last_seen_at === null ? null : Number(d.last_seen_at),
          revokedAt: d.revoked_at === null ? null : Number(d.revoked_at),
        })),
      });
    },
  }),
  authed({
    method: 'POST',
    path: '/v1/devices',
    auth: 'read',
    body: NewDeviceRequestSchema,
    summary: 'a token for another device of the same member',
    async handle({ c, deps, actor, body }) {
      const now = deps.now();
      const device = await withTeam(deps.conn, actor.teamId, async (repo) => {
        const made = await addDevice(repo, actor.memberId, body.deviceName, now);
        await repo.audit([
          auditEntry(actor.memberId, actor.deviceId, 'device', now, { deviceId: made.deviceId }),
        ]);
        return made;
      });
      return c.json(device, 201);
    },
  }),
  authed({
    method: 'DELETE',
    path: '/v1/devices/:id',
    auth: 'read',
    scoped: true,
    summary: 'revoke a device (your own, or any as an admin)',
    async handle({ c, deps, actor, params }) {
      const id = MemberIdParam.safeParse(params.id);
      if (!id.success) return fail(c, 400, 'invalid', 'bad device id');
      const device = await withTeam(deps.conn, actor.teamId, (repo) => repo.device(id.data));
      if (!device) return fail(c, 404, 'not_found', 'no such device');
      if (device.member_id !== actor.memberId && !can(actor.role, 'manageMembers')) {
        return fail(c, 403, 'forbidden', 'only an admin can revoke another member’s device');
      }
      await revoke(deps.conn, actor, id.data, deps.now());
      deps.authCache.clear();
      return c.body(null, 204);
    },
  }),
  authed({
    method: 'POST',
    path: '/v1/invites',
    auth: 'manageMembers',
    body: InviteRequestSchema,
    summary: 'a one-time invite code',
    async handle({ c, deps, actor, body }) {
      const invite = await createInvite(deps.conn, actor.teamId, {
        role: body.role,
        expiresInMs: body.expiresInDays * DAY,
        by: actor.memberId,
        now: deps.now(),
      });
      return c.json({ code: invite.code, role: invite.role, expiresAt: invite.expiresAt }, 201);
    },
  }),
];

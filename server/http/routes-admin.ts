import { z } from 'zod';
import { EraseRequestSchema } from '../../utils/model/sync-api';
import { AuditQuerySchema } from '../../utils/model/team-api';
import { withTeam } from '../db/team-repo';
import { erasePerson } from '../erase/erase';
import { auditEntry } from '../team/members';
import { isPaused } from '../sync/brake';
import { authed, fail, type RouteDef } from './route';

/** Member and device ids are UUIDs; anything else is refused before it reaches the database. */
const MemberIdParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const adminRoutes: RouteDef[] = [
  authed({
    method: 'GET',
    path: '/v1/audit',
    auth: 'audit',
    query: AuditQuerySchema,
    summary: 'the audit log, newest first',
    async handle({ c, deps, actor, query }) {
      const rows = await withTeam(deps.conn, actor.teamId, (repo) =>
        repo.auditLog(query.before, query.limit),
      );
      return c.json({
        entries: rows.map((e) => ({
          seq: Number(e.seq),
          at: Number(e.at),
          actorId: e.actor_id,
          deviceId: e.device_id,
          action: e.action,
          entity: e.entity,
          entityId: e.entity_id,
          fields: JSON.parse(e.fields) as string[],
          detail: JSON.parse(e.detail) as Record<string, unknown>,
        })),
      });
    },
  }),
  authed({
    method: 'POST',
    path: '/v1/erase',
    auth: 'erase',
    body: EraseRequestSchema,
    summary: 'GDPR erasure of a person and everything pointing at them',
    async handle({ c, deps, actor, body }) {
      const receipt = await erasePerson(deps.conn, actor, await deps.salt(actor.teamId), body, deps.now());
      deps.log.info('erase', {
        teamId: actor.teamId,
        memberId: actor.memberId,
        people: receipt.personIds.length,
      });
      return c.json(receipt);
    },
  }),
  authed({
    method: 'GET',
    path: '/v1/brakes',
    auth: 'releaseBrake',
    summary: 'members paused by the mass-delete brake',
    async handle({ c, deps, actor }) {
      const rows = await withTeam(deps.conn, actor.teamId, (repo) => repo.brakes());
      return c.json({
        paused: rows.filter(isPaused).map((b) => ({ memberId: b.member_id, pausedAt: Number(b.paused_at) })),
      });
    },
  }),
  authed({
    method: 'POST',
    path: '/v1/brakes/:memberId/release',
    auth: 'releaseBrake',
    scoped: true,
    summary: "confirm a member's mass deletion and let them go on",
    async handle({ c, deps, actor, params }) {
      const id = MemberIdParam.safeParse(params.memberId);
      if (!id.success) return fail(c, 400, 'invalid', 'bad member id');
      const now = deps.now();
      const found = await withTeam(deps.conn, actor.teamId, async (repo) => {
        if (!(await repo.member(id.data))) return false;
        await repo.setBrake(id.data, { released_at: now });
        await repo.audit([
          auditEntry(actor.memberId, actor.deviceId, 'brake.release', now, { memberId: id.data }),
        ]);
        return true;
      });
      if (!found) return fail(c, 404, 'not_found', 'no such member');
      return c.body(null, 204);
    },
  }),
];

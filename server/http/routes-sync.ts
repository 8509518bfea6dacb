import { IdSchema } from '../../utils/model/common';
import { EntityNameSchema } from '../../utils/model/entities';
import { PullQuerySchema, PushRequestSchema } from '../../utils/model/sync-api';
import { withTeam } from '../db/team-repo';
import { pull } from '../sync/pull';
import { fromRow } from '../sync/record';
import { listTrash, restoreFromTrash } from '../sync/trash';
import { ownLevel } from '../sync/visibility';
import { authed, fail, type AuthedCtx, type RouteDef } from './route';

async function pushOptions({ deps, actor }: AuthedCtx) {
  return { now: deps.now(), salt: await deps.salt(actor.teamId), brakeLimit: deps.config.deleteBrakePerHour };
}

function recordParams(params: Record<string, string>) {
  const entity = EntityNameSchema.safeParse(params.entity);
  const id = IdSchema.safeParse(params.id);
  return entity.success && id.success ? { entity: entity.data, id: id.data } : null;
}

export const syncRoutes: RouteDef[] = [
  authed({
    method: 'POST',
    path: '/v1/sync/push',
    auth: 'read',
    body: PushRequestSchema,
    summary: 'apply mutations (per-mutation permission checks)',
    async handle(ctx) {
      const { c, deps, actor, body } = ctx;
      const response = await deps.pushQueue.submit(actor, body);
      const rejected = response.results.filter((r) => r.status === 'rejected').length;
      deps.log.info('push', {
        teamId: actor.teamId,
        memberId: actor.memberId,
        mutations: body.mutations.length,
        rejected,
      });
      return c.json(response);
    },
  }),
  authed({
    method: 'GET',
    path: '/v1/sync/pull',
    auth: 'read',
    query: PullQuerySchema,
    summary: 'changes since a cursor, projected for this member',
    async handle({ c, deps, actor, query }) {
      const result = await pull(deps.conn, actor, query.cursor, query.limit);
      if (!result.ok) {
        return c.json(
          {
            error: 'resync',
            message: `cursor is ahead of the server (at ${result.currentVersion}); pull from 0`,
          },
          409,
        );
      }
      return c.body(result.body, 200, { 'content-type': 'application/json; charset=utf-8' });
    },
  }),
  authed({
    method: 'GET',
    path: '/v1/history/:entity/:id',
    auth: 'read',
    scoped: true,
    summary: "a record's history: who changed which fields, when",
    async handle({ c, deps, actor, params }) {
      const key = recordParams(params);
      if (!key) return fail(c, 400, 'invalid', 'expected /v1/history/<entity>/<uuidv7 id>');
      const entries = await withTeam(deps.conn, actor.teamId, async (repo) => {
        const row = (await repo.recordsByIds([key.id])).find((r) => r.entity === key.entity);
        if (!row) return null;
        const rec = fromRow(row);
        if (ownLevel(actor, rec.entity, rec.data, rec.createdBy) !== 'full') return null;
        return repo.history(key.entity, key.id, 500);
      });
      if (!entries) return fail(c, 404, 'not_found', 'no such record');
      return c.json({
        entity: key.entity,
        id: key.id,
        entries: entries.map((e) => ({
          at: Number(e.at),
          actorId: e.actor_id,
          action: e.action,
          fields: JSON.parse(e.fields) as string[],
        })),
      });
    },
  }),
  authed({
    method: 'GET',
    path: '/v1/trash',
    auth: 'trash',
    summary: 'deleted records this member may restore',
    async handle({ c, deps, actor }) {
      return c.json({ items: await listTrash(deps.conn, actor, 500) });
    },
  }),
  authed({
    method: 'POST',
    path: '/v1/trash/:entity/:id/restore',
    auth: 'trash',
    scoped: true,
    summary: 'restore a deleted record (its deleter or an admin)',
    async handle(ctx) {
      const { c, deps, actor, params } = ctx;
      const key = recordParams(params);
      if (!key) return fail(c, 400, 'invalid', 'expected /v1/trash/<entity>/<uuidv7 id>/restore');
      const result = await restoreFromTrash(deps.conn, actor, key.entity, key.id, await pushOptions(ctx));
      if (!result) return fail(c, 404, 'not_found', 'no such record in the trash');
      if (result.status === 'rejected') {
        return fail(c, result.reason === 'forbidden' ? 403 : 409, result.reason, result.message);
      }
      return c.json({ result });
    },
  }),
  authed({
    method: 'GET',
    path: '/v1/intros',
    auth: 'read',
    summary: 'introduction requests this member asked for, was asked for, or (admins) all',
    async handle({ c, deps, actor }) {
      const intros = await withTeam(deps.conn, actor.teamId, async (repo) => {
        const rows = await repo.recordsOf('introRequest');
        return rows
          .map(fromRow)
          .filter(
            (r) => r.data.deletedAt === null && ownLevel(actor, r.entity, r.data, r.createdBy) === 'full',
          )
          .map((r) => r.data);
      });
      return c.json({ intros });
    },
  }),
];

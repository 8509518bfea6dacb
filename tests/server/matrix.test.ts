import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../server/auth/roles';
import { ROUTES } from '../../server/http/app';
import type { RouteDef } from '../../server/http/route';
import { createInvite } from '../../server/team/teams';
import { newId } from '../../utils/model/id';
import type { Role } from '../../utils/model/team';
import { databaseKinds } from './helpers/databases';
import { makeFixture, type Fixture } from './helpers/fixture';
import { del, put } from './helpers/records';

/**
 * Route × role × tenant: every route in the route table, called as admin, member and viewer of the
 * team that owns the data, as an admin of another team, and with a revoked, a bad and no token.
 */
type ActorName = Role | 'otherTeam' | 'revoked' | 'badToken' | 'noToken';
const ACTORS: ActorName[] = ['admin', 'member', 'viewer', 'otherTeam', 'revoked', 'badToken', 'noToken'];
const BAD_TOKEN = 'meishi_0000000000000000000000000000000000000000000AAAAAA';

interface Sample {
  path: string;
  body?: unknown;
  /** Expected status per actor when it differs from what the route's capability implies. */
  expect?: Partial<Record<ActorName, number>>;
}

const SUCCESS: Record<string, number> = {
  'POST /v1/join': 201,
  'POST /v1/devices': 201,
  'POST /v1/invites': 201,
  'DELETE /v1/members/:id': 204,
  'DELETE /v1/devices/:id': 204,
  'POST /v1/brakes/:memberId/release': 204,
};

/** How to call each route against team A; a route missing here fails the test. */
const SAMPLES: Record<string, (f: Fixture) => Promise<Sample>> = {
  'POST /v1/join': async (f) => {
    const invite = await createInvite(f.conn, f.a.id, {
      role: 'viewer',
      expiresInMs: 60_000,
      by: 'test',
      now: Date.now(),
    });
    return { path: '/v1/join', body: { invite: invite.code, name: 'Newcomer' } };
  },
  'GET /v1/me': async () => ({ path: '/v1/me' }),
  'GET /v1/members': async () => ({ path: '/v1/members' }),
  'PATCH /v1/members/:id': async (f) => ({
    path: `/v1/members/${f.a.viewer.memberId}`,
    body: { role: 'viewer' },
  }),
  'DELETE /v1/members/:id': async (f) => {
    const invite = await createInvite(f.conn, f.a.id, {
      role: 'viewer',
      expiresInMs: 60_000,
      by: 'test',
      now: Date.now(),
    });
    const r = await f.req(undefined, 'POST', '/v1/join', { invite: invite.code, name: 'Temp' });
    return { path: `/v1/members/${(r.json as { member: { id: string } }).member.id}` };
  },
  'GET /v1/devices': async () => ({ path: '/v1/devices' }),
  'POST /v1/devices': async () => ({ path: '/v1/devices', body: { deviceName: 'tablet' } }),
  'DELETE /v1/devices/:id': async (f) => {
    const r = await f.req(f.a.admin.token, 'POST', '/v1/devices', { deviceName: 'spare' });
    return {
      path: `/v1/devices/${(r.json as { deviceId: string }).deviceId}`,
      expect: { member: 403, viewer: 403 },
    };
  },
  'POST /v1/invites': async () => ({ path: '/v1/invites', body: { role: 'viewer' } }),
  'POST /v1/sync/push': async () => ({
    path: '/v1/sync/push',
    body: { clientId: 'matrix', mutations: [put('company', newId(), { name: 'Matrix Co' })] },
  }),
  'GET /v1/sync/pull': async () => ({ path: '/v1/sync/pull?cursor=0&limit=50' }),
  'GET /v1/history/:entity/:id': async (f) => {
    const id = newId();
    await f.push(f.a.admin, [put('company', id, { name: 'History Co' })]);
    return { path: `/v1/history/company/${id}` };
  },
  'GET /v1/trash': async () => ({ path: '/v1/trash' }),
  'POST /v1/trash/:entity/:id/restore': async (f) => {
    const id = newId();
    await f.push(f.a.admin, [put('company', id, { name: 'Restore Co' })]);
    await f.push(f.a.admin, [del('company', id)]);
    // Members may restore only what they deleted themselves.
    return { path: `/v1/trash/company/${id}/restore`, expect: { member: 403 } };
  },
  'GET /v1/intros': async () => ({ path: '/v1/intros' }),
  'GET /v1/audit': async () => ({ path: '/v1/audit?limit=20' }),
  'POST /v1/erase': async (f) => {
    const id = newId();
    await f.push(f.a.admin, [put('person', id, { displayName: 'Erase Target' })]);
    return { path: '/v1/erase', body: { personId: id } };
  },
  'GET /v1/brakes': async () => ({ path: '/v1/brakes' }),
  'POST /v1/brakes/:memberId/release': async (f) => ({ path: `/v1/brakes/${f.a.member.memberId}/release` }),
};

function expected(route: RouteDef, actor: ActorName, sample: Sample): number {
  const ok = SUCCESS[`${route.method} ${route.path}`] ?? 200;
  if (route.auth === 'public') return ok;
  if (actor === 'revoked' || actor === 'badToken' || actor === 'noToken') return 401;
  const override = sample.expect?.[actor];
  if (override !== undefined) return override;
  const role: Role = actor === 'otherTeam' ? 'admin' : actor;
  if (!(CAPABILITIES[route.auth] as readonly Role[]).includes(role)) return 403;
  if (actor === 'otherTeam' && route.scoped) return 404;
  return ok;
}

const kinds = databaseKinds();
afterAll(async () => {
  for (const k of kinds) await k.shutdown();
});

describe.each(kinds)('route × role × tenant matrix on $name', (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    if (!kind.skip) f = await makeFixture(kind);
  });
  afterAll(async () => {
    await f?.close();
  });

  it('has a sample for every route in the table', () => {
    for (const r of ROUTES) expect(SAMPLES[`${r.method} ${r.path}`], `${r.method} ${r.path}`).toBeDefined();
  });

  for (const route of ROUTES) {
    it.skipIf(kind.skip !== null)(`${route.method} ${route.path}`, async () => {
      // Team A's identifiers must never reach team B, and team B's never reach team A.
      const aBytes = [f.a.id, f.a.admin.memberId, f.a.member.memberId, f.a.viewer.memberId, 'Alpha'];
      const bBytes = [f.b.id, f.b.admin.memberId, f.b.member.memberId, 'Bravo'];
      for (const actor of ACTORS) {
        const sample = await SAMPLES[`${route.method} ${route.path}`]!(f);
        const token = {
          admin: f.a.admin.token,
          member: f.a.member.token,
          viewer: f.a.viewer.token,
          otherTeam: f.b.admin.token,
          revoked: f.a.revoked.token,
          badToken: BAD_TOKEN,
          noToken: undefined,
        }[actor];
        const r = await f.req(token, route.method, sample.path, sample.body);
        expect(r.status, `${actor}: ${r.text}`).toBe(expected(route, actor, sample));
        if (r.status >= 400)
          expect(r.json).toMatchObject({ error: expect.any(String), message: expect.any(String) });
        if (route.auth === 'public') continue;
        const foreign = actor === 'otherTeam' ? aBytes : bBytes;
        for (const secret of foreign) expect(r.text.includes(secret), `${actor} got ${secret}`).toBe(false);
      }
    });
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../server/config';
import { connect } from '../../server/db/connect';
import { withTeam } from '../../server/db/team-repo';
import { createApp } from '../../server/http/app';
import { createLogger } from '../../server/log';
import { makeDeps } from '../../server/start';
import { newId } from '../../utils/model/id';
import type { Mutation, PushResponse } from '../../utils/model/sync-api';
import { databaseKinds } from './helpers/databases';
import { makeFixture, type Fixture } from './helpers/fixture';
import { patch, person, put } from './helpers/records';

const kinds = databaseKinds();
afterAll(async () => {
  for (const k of kinds) await k.shutdown();
});

describe.each(kinds)('idempotent pushes on $name', (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    if (!kind.skip) f = await makeFixture(kind);
  });
  afterAll(async () => {
    await f?.close();
  });
  const skip = () => kind.skip !== null;
  const version = () => withTeam(f.conn, f.a.id, (repo) => repo.currentVersion());
  const batch = (n: number): Mutation[] => Array.from({ length: n }, () => put('person', newId(), person()));
  const body = (clientId: string, mutations: Mutation[]) => ({ clientId, mutations });

  it.skipIf(skip())('applies a replayed push once', async () => {
    const mutations = batch(10);
    const start = await version();
    const first = await f.push(f.a.member, mutations, 'replay');
    expect(first.results.every((r) => r.status === 'applied')).toBe(true);
    const again = await f.push(f.a.member, mutations, 'replay');
    expect(again.results.every((r) => r.status === 'duplicate')).toBe(true);
    expect(await version()).toBe(start + 10);
    // Another client may use the same mutation ids: ids are per client.
    const other = await f.push(f.a.member, mutations, 'someone-else');
    expect(other.results.every((r) => r.status === 'applied')).toBe(true);
  });

  it.skipIf(skip())('applies a push replayed concurrently once', async () => {
    const mutations = batch(20);
    const start = await version();
    const replies = await Promise.all(
      Array.from({ length: 6 }, () =>
        f.req(f.a.member.token, 'POST', '/v1/sync/push', body('concurrent', mutations)),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const results = replies.map((r) => (r.json as PushResponse).results);
    for (let i = 0; i < mutations.length; i++) {
      const statuses = results.map((rs) => rs[i]?.status);
      expect(statuses.filter((s) => s === 'applied')).toHaveLength(1);
      expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(5);
    }
    expect(await version()).toBe(start + 20);
  });

  it.skipIf(skip())('gives concurrent pushes of different members unique, gap-free versions', async () => {
    const start = await version();
    const who = [f.a.admin, f.a.member, f.a.admin, f.a.member, f.a.viewer];
    const shared = newId();
    await f.push(f.a.admin, [put('company', shared, { name: 'Shared' })]);
    const replies = await Promise.all(
      who.map((account, i) =>
        f.push(account, [...batch(3), patch('company', shared, { industry: `Industry ${i}` })], `group-${i}`),
      ),
    );
    const versions = replies.flatMap((r) =>
      r.results.flatMap((x) => (x.status === 'applied' ? [x.version] : [])),
    );
    // The viewer may not edit companies or people: its 4 mutations are refused, everything else applies.
    expect(versions).toHaveLength(4 * 4);
    expect(new Set(versions).size).toBe(versions.length);
    expect(Math.min(...versions)).toBe(start + 2);
    expect(Math.max(...versions)).toBe(start + 1 + 16);
    expect(replies[4]!.results.every((r) => r.status === 'rejected')).toBe(true);
  });

  it.skipIf(skip())('treats a mutation repeated inside one push as a duplicate', async () => {
    const [m] = batch(1);
    const res = await f.push(f.a.member, [m!, m!], 'inside');
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'duplicate']);
  });

  it.skipIf(skip())('remembers applied pushes across a restart', async () => {
    const mutations = batch(5);
    await f.push(f.a.member, mutations, 'restart');
    const before = await version();
    // A new process: a fresh connection and app over the same database.
    const conn = connect(f.db.url);
    try {
      const config = ConfigSchema.parse({ databaseUrl: f.db.url, rateLimitPerMinute: 1_000_000 });
      const deps = makeDeps(conn, config, createLogger('silent'));
      const app = createApp(deps);
      const res = await app.request('/v1/sync/push', {
        method: 'POST',
        headers: { authorization: `Bearer ${f.a.member.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body('restart', mutations)),
      });
      expect(res.status).toBe(200);
      const json = (await res.json()) as PushResponse;
      expect(json.results.every((r) => r.status === 'duplicate')).toBe(true);
    } finally {
      await conn.close();
    }
    expect(await version()).toBe(before);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeTrash } from '../../server/sync/trash';
import { newId } from '../../utils/model/id';
import { PullResponseSchema, PushResponseSchema } from '../../utils/model/sync-api';
import { databaseKinds } from './helpers/databases';
import { makeFixture, type Fixture } from './helpers/fixture';
import { del, patch, person, put, restore, stamp } from './helpers/records';

const DAY = 86_400_000;
const kinds = databaseKinds();
afterAll(async () => {
  for (const k of kinds) await k.shutdown();
});

describe.each(kinds)('sync on $name', (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    if (kind.skip) return;
    f = await makeFixture(kind);
  });
  afterAll(async () => {
    await f?.close();
  });
  const skipIf = () => kind.skip !== null;

  it.skipIf(skipIf())('applies a put and delivers it to a teammate in full', async () => {
    const id = newId();
    const res = await f.push(f.a.member, [
      put('person', id, person({ emails: [{ value: 'hanako@example.jp' }] })),
    ]);
    expect(PushResponseSchema.parse(res).results[0]).toMatchObject({ status: 'applied' });
    const pulled = PullResponseSchema.parse(await f.pull(f.a.viewer));
    const change = pulled.changes.find((c) => c.id === id);
    expect(change).toMatchObject({ kind: 'upsert', projection: 'full', entity: 'person' });
    expect(change?.kind === 'upsert' && change.data.emails).toEqual([{ value: 'hanako@example.jp' }]);
    expect(change?.kind === 'upsert' && change.data.createdBy).toBe(f.a.member.memberId);
  });

  it.skipIf(skipIf())('merges fields last-writer-wins by stamp, ties by client id', async () => {
    const id = newId();
    await f.push(f.a.member, [put('person', id, person({ title: 'CEO' }))]);
    const later = stamp('client-a');
    const earlier = '1700000000000-000000-client-z';
    await f.push(f.a.admin, [patch('person', id, { title: 'CTO' }, { hlc: later })]);
    const res = await f.push(f.a.member, [
      patch('person', id, { title: 'Intern', location: 'Osaka' }, { hlc: earlier }),
    ]);
    expect(res.results[0]?.status).toBe('applied');
    const changes = await f.pullAll(f.a.admin);
    const c = changes.filter((x) => x.id === id).at(-1);
    expect(c?.kind === 'upsert' && c.data.title).toBe('CTO');
    expect(c?.kind === 'upsert' && c.data.location).toBe('Osaka');
    // Same wall time and counter: the larger client id wins.
    const tieA = '1790000000000-000001-aaa';
    const tieZ = '1790000000000-000001-zzz';
    await f.push(f.a.member, [patch('person', id, { title: 'Z' }, { hlc: tieZ })]);
    await f.push(f.a.member, [patch('person', id, { title: 'A' }, { hlc: tieA })]);
    const after = (await f.pullAll(f.a.admin)).filter((x) => x.id === id).at(-1);
    expect(after?.kind === 'upsert' && after.data.title).toBe('Z');
  });

  it.skipIf(skipIf())('assigns strictly increasing versions and pages without skips or repeats', async () => {
    const ids = Array.from({ length: 25 }, () => newId());
    await f.push(
      f.a.member,
      ids.map((id) => put('company', id, { name: `Co ${id.slice(-4)}` })),
    );
    const seen: number[] = [];
    let cursor = 0;
    for (;;) {
      const page = await f.pull(f.a.member, cursor, 7);
      seen.push(...page.changes.map((c) => c.version));
      expect(page.nextCursor).toBeGreaterThanOrEqual(cursor);
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    const all = await f.pullAll(f.a.member);
    for (const id of ids) expect(all.some((c) => c.id === id)).toBe(true);
  });

  it.skipIf(skipIf())('rejects invalid merged documents and unknown fields, storing nothing', async () => {
    const id = newId();
    const res = await f.push(f.a.member, [
      put('person', id, { displayName: '' }),
      put('person', newId(), { displayName: 'X', shoeSize: 42 }),
      patch('person', newId(), { title: 'nobody' }),
    ]);
    expect(res.results.map((r) => r.status === 'rejected' && r.reason)).toEqual([
      'invalid',
      'invalid',
      'conflict',
    ]);
    const all = await f.pullAll(f.a.admin);
    expect(all.some((c) => c.id === id)).toBe(false);
  });

  it.skipIf(skipIf())('moves deletes to the trash; the deleter or an admin restores', async () => {
    const id = newId();
    await f.push(f.a.member, [put('company', id, { name: 'Trash Co' })]);
    expect((await f.push(f.a.admin, [del('company', id)])).results[0]?.status).toBe('applied');
    const gone = (await f.pullAll(f.a.member)).filter((c) => c.id === id).at(-1);
    expect(gone).toMatchObject({ kind: 'gone', why: 'deleted' });
    // The member did not delete it, so cannot restore it; the admin can.
    const denied = await f.push(f.a.member, [restore('company', id)]);
    expect(denied.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const trash = await f.req(f.a.admin.token, 'GET', '/v1/trash');
    expect((trash.json as { items: { id: string }[] }).items.map((i) => i.id)).toContain(id);
    const r = await f.req(f.a.admin.token, 'POST', `/v1/trash/company/${id}/restore`);
    expect(r.status).toBe(200);
    const back = (await f.pullAll(f.a.member)).filter((c) => c.id === id).at(-1);
    expect(back).toMatchObject({ kind: 'upsert' });
  });

  it.skipIf(skipIf())(
    'purges the trash after the configured days, leaving the delete in the change log',
    async () => {
      const id = newId();
      await f.push(f.a.member, [put('company', id, { name: 'Old Co' })]);
      await f.push(f.a.member, [del('company', id)]);
      expect(await purgeTrash(f.conn, 30, Date.now() + 29 * DAY)).toBe(0);
      expect(await purgeTrash(f.conn, 30, Date.now() + 31 * DAY)).toBeGreaterThanOrEqual(1);
      const trash = await f.req(f.a.member.token, 'GET', '/v1/trash');
      expect((trash.json as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(id);
      expect((await f.pullAll(f.a.admin)).filter((c) => c.id === id).at(-1)).toMatchObject({
        kind: 'gone',
        why: 'deleted',
      });
      expect((await f.req(f.a.admin.token, 'POST', `/v1/trash/company/${id}/restore`)).status).toBe(404);
    },
  );

  it.skipIf(skipIf())('lets members delete only what they created', async () => {
    const mine = newId();
    const theirs = newId();
    await f.push(f.a.member, [put('company', mine, { name: 'Mine' })]);
    await f.push(f.a.admin, [put('company', theirs, { name: 'Theirs' })]);
    const res = await f.push(f.a.member, [del('company', mine), del('company', theirs)]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
  });

  it.skipIf(skipIf())('lets viewers log only their own interactions', async () => {
    const p = newId();
    await f.push(f.a.member, [put('person', p, person())]);
    const own = { memberId: f.a.viewer.memberId, personIds: [p], kind: 'call', at: 1_760_000_000_000 };
    const res = await f.push(f.a.viewer, [
      put('interaction', newId(), own),
      put('interaction', newId(), { ...own, memberId: f.a.member.memberId }),
      put('person', newId(), person()),
      patch('person', p, { title: 'x' }),
    ]);
    expect(res.results.map((r) => (r.status === 'rejected' ? r.reason : r.status))).toEqual([
      'applied',
      'forbidden',
      'forbidden',
      'forbidden',
    ]);
  });
});

describe.each(kinds)('text PostgreSQL cannot store, on $name', (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    if (!kind.skip) f = await makeFixture(kind);
  });
  afterAll(async () => {
    await f?.close();
  });

  it.skipIf(kind.skip !== null)('refuses NUL characters in bodies and ids with 400', async () => {
    const join = await f.req(undefined, 'POST', '/v1/join', { invite: 'meishi-invite_x', name: 'a\u0000b' });
    expect(join.status).toBe(400);
    const push = await f.req(f.a.member.token, 'POST', '/v1/sync/push', {
      clientId: 'nul',
      mutations: [{ ...put('company', newId(), { name: 'Nul Co' }), id: 'm\u0000' }],
    });
    expect(push.status).toBe(400);
    expect((await f.req(f.a.admin.token, 'DELETE', '/v1/members/%00')).status).toBe(400);
    expect((await f.req(f.a.admin.token, 'POST', '/v1/brakes/%00x/release')).status).toBe(400);
  });
});

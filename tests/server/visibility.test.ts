import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../utils/model/id';
import { PersonSchema } from '../../utils/model/person';
import type { Change } from '../../utils/model/sync-api';
import { databaseKinds } from './helpers/databases';
import { makeFixture, type Account, type Fixture } from './helpers/fixture';
import { patch, person, put } from './helpers/records';

const kinds = databaseKinds();
afterAll(async () => {
  for (const k of kinds) await k.shutdown();
});

const latest = (changes: Change[], id: string) => changes.filter((c) => c.id === id).at(-1);

describe.each(kinds)('projections on $name', (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    if (!kind.skip) f = await makeFixture(kind);
  });
  afterAll(async () => {
    await f?.close();
  });
  const skip = () => kind.skip !== null;

  async function join(role: 'member' | 'viewer'): Promise<Account> {
    const inv = await f.req(f.a.admin.token, 'POST', '/v1/invites', { role });
    const r = await f.req(undefined, 'POST', '/v1/join', {
      invite: (inv.json as { code: string }).code,
      name: 'Second',
    });
    const j = r.json as { token: string; deviceId: string; member: { id: string } };
    return { memberId: j.member.id, token: j.token, deviceId: j.deviceId };
  }

  it.skipIf(skip())('hides private people from everyone but their creator, admins included', async () => {
    const id = newId();
    await f.push(f.a.member, [put('person', id, person({ visibility: 'private', notes: 'secret note' }))]);
    expect(latest(await f.pullAll(f.a.member), id)).toMatchObject({ kind: 'upsert', projection: 'full' });
    for (const other of [f.a.admin, f.a.viewer]) {
      const c = latest(await f.pullAll(other), id);
      expect(c).toMatchObject({ kind: 'gone', why: 'hidden' });
      expect(JSON.stringify(c)).not.toContain('secret note');
    }
  });

  it.skipIf(skip())(
    'gives teammates only the signal of a signal person: name, company, who knows',
    async () => {
      const id = newId();
      const values = person({
        visibility: 'signal',
        title: 'Director',
        emails: [{ value: 'signal@example.jp' }],
        phones: [{ raw: '03-1234-5678', e164: '+81312345678' }],
        notes: 'met at the expo',
      });
      await f.push(f.a.member, [put('person', id, values)]);
      const rel = newId();
      await f.push(f.a.member, [
        put('relationship', rel, {
          memberId: f.a.member.memberId,
          personId: id,
          how: 'expo booth',
          visibility: 'team',
        }),
      ]);
      const changes = await f.pullAll(f.a.viewer);
      const c = latest(changes, id);
      expect(c).toMatchObject({ kind: 'upsert', projection: 'signal' });
      if (c?.kind !== 'upsert') throw new Error('expected an upsert');
      expect(c.data).toMatchObject({ displayName: 'Hanako Sato', companyName: 'Example KK' });
      for (const hidden of ['emails', 'phones', 'notes', 'title']) {
        expect(c.data[hidden]).toBeUndefined();
        expect(c.stamps[hidden]).toBeUndefined();
      }
      // The client can store the projection as a Person.
      expect(PersonSchema.safeParse(c.data).success).toBe(true);
      // Who knows them is part of the signal, how they met is not.
      const r = latest(changes, rel);
      expect(r).toMatchObject({
        kind: 'upsert',
        projection: 'signal',
        data: { memberId: f.a.member.memberId, personId: id },
      });
      expect(JSON.stringify(r)).not.toContain('expo booth');
      expect(JSON.stringify(changes)).not.toMatch(/signal@example|81312345678|met at the expo/);
    },
  );

  it.skipIf(skip())(
    'takes a person made private, and what points at them, off teammates’ replicas',
    async () => {
      const id = newId();
      const interaction = newId();
      const task = newId();
      await f.push(f.a.member, [
        put('person', id, person({ visibility: 'team' })),
        put('interaction', interaction, {
          memberId: f.a.member.memberId,
          personIds: [id],
          kind: 'meeting',
          at: 1_760_000_000_000,
          note: 'lunch',
        }),
        put('task', task, { title: 'Follow up', personId: id }),
      ]);
      let viewerCursor = 0;
      const first = await f.pull(f.a.viewer, viewerCursor, 5000);
      viewerCursor = first.nextCursor;
      expect(latest(first.changes, interaction)).toMatchObject({ kind: 'upsert', projection: 'full' });

      await f.push(f.a.member, [patch('person', id, { visibility: 'private' })]);
      const next = await f.pull(f.a.viewer, viewerCursor, 5000);
      expect(latest(next.changes, id)).toMatchObject({ kind: 'gone', why: 'hidden' });
      expect(latest(next.changes, interaction)).toMatchObject({ kind: 'gone', why: 'hidden' });
      expect(latest(next.changes, task)).toMatchObject({ kind: 'gone', why: 'hidden' });
      // The owner still sees all of it.
      const mine = await f.pullAll(f.a.member);
      expect(latest(mine, interaction)).toMatchObject({ kind: 'upsert', projection: 'full' });
    },
  );

  it.skipIf(skip())('only a record’s owner (or an admin) changes who sees it', async () => {
    const id = newId();
    await f.push(f.a.admin, [put('company', id, { name: 'Owned Co', visibility: 'team' })]);
    const res = await f.push(f.a.member, [patch('company', id, { visibility: 'private' })]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const edit = await f.push(f.a.member, [patch('company', id, { industry: 'Robotics' })]);
    expect(edit.results[0]?.status).toBe('applied');
  });

  it.skipIf(skip())('shows intro requests only to requester, introducer and admins', async () => {
    const introducer = await join('member');
    const target = newId();
    await f.push(f.a.admin, [put('person', target, person())]);
    const intro = newId();
    const ask = await f.push(f.a.member, [
      put('introRequest', intro, {
        requesterId: f.a.member.memberId,
        introducerId: introducer.memberId,
        targetPersonId: target,
        message: 'Could you introduce me?',
      }),
    ]);
    expect(ask.results[0]?.status).toBe('applied');
    for (const who of [f.a.member, introducer, f.a.admin]) {
      expect(latest(await f.pullAll(who), intro)).toMatchObject({ kind: 'upsert', projection: 'full' });
    }
    const v = latest(await f.pullAll(f.a.viewer), intro);
    expect(v).toMatchObject({ kind: 'gone', why: 'hidden' });
    const list = await f.req(f.a.viewer.token, 'GET', '/v1/intros');
    expect((list.json as { intros: unknown[] }).intros).toHaveLength(0);
    const mine = await f.req(introducer.token, 'GET', '/v1/intros');
    expect((mine.json as { intros: { id: string }[] }).intros.map((i) => i.id)).toEqual([intro]);

    // The requester cannot accept their own request; the introducer can.
    const self = await f.push(f.a.member, [patch('introRequest', intro, { status: 'accepted' })]);
    expect(self.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const ok = await f.push(introducer, [patch('introRequest', intro, { status: 'accepted' })]);
    expect(ok.results[0]?.status).toBe('applied');
    // Nobody else may touch it.
    const other = await join('member');
    const meddle = await f.push(other, [patch('introRequest', intro, { status: 'done' })]);
    expect(meddle.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
  });

  it.skipIf(skip())('serves history with field names and never values', async () => {
    const id = newId();
    await f.push(f.a.member, [put('person', id, person({ notes: 'private words' }))]);
    await f.push(f.a.admin, [patch('person', id, { title: 'Head of Sales' })]);
    const r = await f.req(f.a.viewer.token, 'GET', `/v1/history/person/${id}`);
    expect(r.status).toBe(200);
    const h = r.json as { entries: { action: string; fields: string[]; actorId: string }[] };
    expect(h.entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(h.entries[0]).toMatchObject({ fields: ['title'], actorId: f.a.admin.memberId });
    expect(r.text).not.toMatch(/private words|Head of Sales|Hanako/);
    const audit = await f.req(f.a.admin.token, 'GET', '/v1/audit?limit=1000');
    expect(audit.text).not.toMatch(/private words|Head of Sales|Hanako/);
  });
});

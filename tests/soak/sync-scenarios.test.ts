import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, findByKeys, searchIds, updateRecord } from '../../utils/db/index';
import { SyncEngine } from '../../utils/sync/engine';
import { SimulatedCrash } from '../../utils/sync/errors';
import { httpTransport, type FetchLike } from '../../utils/sync/http';
import { pullAll } from '../../utils/sync/pull';
import { Device } from './harness/device';
import { startInProcess, type SoakServer } from './harness/server';
import { newTeam } from './harness/team';

let server: SoakServer;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meishi-sync-'));
  server = await startInProcess(path.join(dir, 'server.db'));
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const plainFetch: FetchLike = (url, init) => fetch(url, init);

function device(label: string, fetchFn: FetchLike = plainFetch) {
  return new Device({ label, fetch: fetchFn, clock: () => Date.now() });
}

async function twoMembers() {
  const team = await newTeam(server, 'Scenario');
  const a = device('a');
  const b = device('b');
  await a.engine.join({ serverUrl: server.url, invite: team.adminInvite, name: 'Aiko' });
  await b.engine.join({ serverUrl: server.url, invite: await team.invite('member'), name: 'Ben' });
  return { team, a, b };
}

async function syncOk(d: Device) {
  const out = await d.engine.sync({ reason: 'manual', force: true });
  expect(out.error).toBeUndefined();
  expect(out.ok).toBe(true);
  return out;
}

describe('sync between members', () => {
  it('shares a saved person, keeps keys and search in step, and merges concurrent edits per field', async () => {
    const { a, b } = await twoMembers();
    const p = await createRecord(
      a.db,
      'person',
      { displayName: 'Taro Yamada', emails: [{ value: 'taro@example.jp' }] },
      await a.actor(),
    );
    await syncOk(a);
    expect(await a.db.outbox.count()).toBe(0);
    await syncOk(b);
    expect((await b.db.people.get(p.id))?.displayName).toBe('Taro Yamada');
    expect((await findByKeys(b.db, ['email:taro@example.jp'])).size).toBe(1);
    expect(await searchIds(b.db, 'person', 'yamada')).toEqual([p.id]);
    expect(await b.db.outbox.count()).toBe(0);

    await updateRecord(b.db, 'person', p.id, { title: 'CTO' }, await b.actor());
    await updateRecord(a.db, 'person', p.id, { notes: 'met in Osaka' }, await a.actor());
    await syncOk(b);
    await syncOk(a);
    await syncOk(b);
    const [pa, pb] = [await a.db.people.get(p.id), await b.db.people.get(p.id)];
    expect(pa?.title).toBe('CTO');
    expect(pa?.notes).toBe('met in Osaka');
    expect(pb).toEqual(pa);
  });

  it('keeps an unsent local edit on top of a pull until the server has it (no flicker)', async () => {
    const { a, b } = await twoMembers();
    const p = await createRecord(a.db, 'person', { displayName: 'Hana Mori' }, await a.actor());
    await syncOk(a);
    await syncOk(b);
    await updateRecord(a.db, 'person', p.id, { title: 'Intern', location: 'Kyoto' }, await a.actor());
    await syncOk(a);
    await updateRecord(b.db, 'person', p.id, { title: 'Head of Sales' }, await b.actor());
    // B pulls before pushing: its later, unsent title stays on top; A's location arrives.
    const creds = (await b.credentials.get())!;
    await pullAll({
      db: b.db,
      now: () => Date.now(),
      crash: () => undefined,
      transport: httpTransport(plainFetch, creds.serverUrl, creds.token, () => Date.now()),
      pageLimit: 100,
    });
    const mid = await b.db.people.get(p.id);
    expect(mid?.title).toBe('Head of Sales');
    expect(mid?.location).toBe('Kyoto');
    await syncOk(b);
    await syncOk(a);
    expect((await a.db.people.get(p.id))?.title).toBe('Head of Sales');
  });

  it('rolls back an edit the server refuses and says why', async () => {
    const { a, b } = await twoMembers();
    const p = await createRecord(
      a.db,
      'person',
      { displayName: 'Aiko Sato', emails: [{ value: 'aiko@example.jp' }] },
      await a.actor(),
    );
    await syncOk(a);
    await syncOk(b);
    const admin = (await a.credentials.get())!;
    const erased = await fetch(`${server.url}/v1/erase`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ personId: p.id }),
    });
    expect(erased.status).toBe(200);
    await updateRecord(b.db, 'person', p.id, { title: 'CEO' }, await b.actor());
    await syncOk(b);
    const status = await b.engine.status();
    expect(status.notices).toHaveLength(1);
    expect(status.notices[0]).toMatchObject({ reason: 'erased', name: 'Aiko Sato', entityId: p.id });
    // The pulled erasure removed every trace: row, keys, search tokens, stamps, queued changes.
    expect(await b.db.people.get(p.id)).toBeUndefined();
    expect((await findByKeys(b.db, ['email:aiko@example.jp'])).size).toBe(0);
    expect(await searchIds(b.db, 'person', 'aiko')).toEqual([]);
    expect(await b.db.stamps.get(`person:${p.id}`)).toBeUndefined();
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('takes a person made private off teammates’ replicas', async () => {
    const { a, b } = await twoMembers();
    const p = await createRecord(
      a.db,
      'person',
      { displayName: 'Kenji Abe', emails: [{ value: 'kenji@example.jp' }], visibility: 'team' },
      await a.actor(),
    );
    await createRecord(
      a.db,
      'relationship',
      { memberId: await a.memberId(), personId: p.id, how: 'expo' },
      await a.actor(),
    );
    await syncOk(a);
    await syncOk(b);
    expect(await b.db.people.get(p.id)).toBeDefined();
    expect(await b.db.relationships.where('personId').equals(p.id).count()).toBe(1);
    await updateRecord(a.db, 'person', p.id, { visibility: 'private' }, await a.actor());
    await syncOk(a);
    await syncOk(b);
    expect(await b.db.people.get(p.id)).toBeUndefined();
    expect(await b.db.relationships.where('personId').equals(p.id).count()).toBe(0);
    expect((await findByKeys(b.db, ['email:kenji@example.jp'])).size).toBe(0);
  });

  it('shows a signal record without its details, and who knows them', async () => {
    const { a, b } = await twoMembers();
    const p = await createRecord(
      a.db,
      'person',
      {
        displayName: 'Yui Ono',
        companyName: 'Acme',
        emails: [{ value: 'yui@acme.example' }],
        visibility: 'signal',
      },
      await a.actor(),
    );
    await createRecord(
      a.db,
      'relationship',
      { memberId: await a.memberId(), personId: p.id, how: 'secret dinner' },
      await a.actor(),
    );
    await syncOk(a);
    await syncOk(b);
    const seen = await b.db.people.get(p.id);
    expect(seen?.displayName).toBe('Yui Ono');
    expect(seen?.emails).toEqual([]);
    const rel = await b.db.relationships.where('personId').equals(p.id).first();
    expect(rel?.memberId).toBe(await a.memberId());
    expect(rel?.how).toBeUndefined();
  });
});

describe('clocks', () => {
  it('a stamp from a clock days ahead still wins over a later local edit, and the replica shows it', async () => {
    const { a, b } = await twoMembers();
    const p = await createRecord(a.db, 'person', { displayName: 'Kaito Mori' }, await a.actor());
    await syncOk(a);
    // A device with a broken clock (three days ahead) sets the title.
    const ahead = `${String(Date.now() + 3 * 86_400_000).padStart(13, '0')}-000000-broken`;
    const creds = (await a.credentials.get())!;
    const res = await fetch(`${server.url}/v1/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${creds.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: 'broken',
        mutations: [
          {
            id: 'm1',
            entity: 'person',
            entityId: p.id,
            op: 'patch',
            fields: { title: { value: 'Future', hlc: ahead } },
            hlc: ahead,
          },
        ],
      }),
    });
    expect(res.status).toBe(200);
    await syncOk(b);
    await updateRecord(b.db, 'person', p.id, { title: 'Present' }, await b.actor());
    await syncOk(b);
    expect((await b.db.people.get(p.id))?.title).toBe('Future');
    await syncOk(a);
    expect(await a.db.people.get(p.id)).toEqual(await b.db.people.get(p.id));
  });
});

describe('joining and leaving', () => {
  it('keeps records saved before joining, with their visibility, and shares them', async () => {
    const team = await newTeam(server, 'Join');
    const a = device('a');
    const local = await a.actor();
    const shared = await createRecord(a.db, 'person', { displayName: 'Mei Chen', visibility: 'team' }, local);
    const secret = await createRecord(
      a.db,
      'person',
      { displayName: 'Private Pal', visibility: 'private' },
      local,
    );
    const joined = await a.engine.join({ serverUrl: server.url, invite: team.adminInvite, name: 'Aiko' });
    expect(joined.local).toEqual({ total: 2, byVisibility: { private: 1, signal: 0, team: 1 } });
    await syncOk(a);
    const mine = await a.db.people.get(secret.id);
    expect(mine?.createdBy).toBe(joined.memberId);
    expect(mine?.visibility).toBe('private');
    const b = device('b');
    await b.engine.join({ serverUrl: server.url, invite: await team.invite('member'), name: 'Ben' });
    await syncOk(b);
    expect((await b.db.people.get(shared.id))?.displayName).toBe('Mei Chen');
    expect(await b.db.people.get(secret.id)).toBeUndefined();
  });

  it('leaving removes the team’s records and keeps my private ones, queued for a later join', async () => {
    const { a, b } = await twoMembers();
    const teamPerson = await createRecord(a.db, 'person', { displayName: 'Team Person' }, await a.actor());
    await syncOk(a);
    const mine = await createRecord(
      b.db,
      'person',
      { displayName: 'My Secret', visibility: 'private' },
      await b.actor(),
    );
    await syncOk(b);
    expect(await b.db.people.count()).toBe(2);
    const preview = await b.engine.previewLeave();
    expect(preview).toEqual({ removed: 1, kept: 1, unsent: 0 });
    const left = await b.engine.leave();
    expect(left).toMatchObject({ removed: 1, kept: 1 });
    expect(await b.db.people.get(teamPerson.id)).toBeUndefined();
    const kept = await b.db.people.get(mine.id);
    expect(kept?.createdBy).toBe('local');
    expect(await b.credentials.get()).toBeNull();
    expect((await b.engine.status()).joined).toBe(false);
    const queued = await b.db.outbox.toArray();
    expect(queued.map((q) => [q.mutation.op, q.mutation.entityId])).toEqual([['put', mine.id]]);
  });
});

describe('interrupted join and leave', () => {
  it('a leave killed after forgetting the token finishes on the next start', async () => {
    const { a, b } = await twoMembers();
    await createRecord(a.db, 'person', { displayName: 'Team Only' }, await a.actor());
    await syncOk(a);
    await syncOk(b);
    const mine = await createRecord(
      b.db,
      'person',
      { displayName: 'Mine Only', visibility: 'private' },
      await b.actor(),
    );
    await syncOk(b);
    // The worker dies right after the token was forgotten: the marker is all that is left of the leave.
    await b.db.meta.put({ key: 'sync.leaving', value: { memberId: await b.memberId() } });
    await b.credentials.clear();
    await b.restart();
    expect((await b.engine.sync({ reason: 'alarm' })).skipped).toBe('not-joined');
    expect((await b.db.people.toArray()).map((p) => p.id)).toEqual([mine.id]);
    expect(await b.db.meta.get('sync.leaving')).toBeUndefined();
    expect(await b.db.meta.get('memberId')).toBeUndefined();
  });

  it('a join killed before adopting local records finishes on the next sync', async () => {
    const team = await newTeam(server, 'Half join');
    const a = device('a');
    const early = await createRecord(a.db, 'person', { displayName: 'Saved Early' }, await a.actor());
    await a.engine.join({ serverUrl: server.url, invite: team.adminInvite, name: 'Aiko' });
    // As if the worker died between storing the token and adopting: undo the adoption's marker.
    await a.db.meta.delete('memberId');
    await a.restart();
    await syncOk(a);
    expect((await a.db.people.get(early.id))?.createdBy).toBe(await a.memberId());
    expect(await a.db.outbox.count()).toBe(0);
  });
});

describe('server answers', () => {
  it('a 409 resync keeps unsent local changes and drops what the server no longer shows', async () => {
    const { a, b } = await twoMembers();
    const p = await createRecord(a.db, 'person', { displayName: 'Sora Kim' }, await a.actor());
    const lost = await createRecord(a.db, 'person', { displayName: 'Lost In Restore' }, await a.actor());
    await syncOk(a);
    await syncOk(b);
    await updateRecord(b.db, 'person', p.id, { title: 'Designer' }, await b.actor());
    // The server comes back from a backup taken before `lost` was saved.
    await server.conn.kysely.deleteFrom('records').where('id', '=', lost.id).execute();
    await server.conn.kysely.deleteFrom('changes').where('entity_id', '=', lost.id).execute();
    let forced = false;
    const resyncOnce: FetchLike = (url, init) => {
      if (!forced && url.includes('/sync/pull')) {
        forced = true;
        return Promise.resolve(
          Response.json({ error: 'resync', message: 'restored from a backup' }, { status: 409 }),
        );
      }
      return fetch(url, init);
    };
    // The same profile's next worker, whose first pull meets the 409.
    const engine = new SyncEngine({ db: b.db, fetch: resyncOnce, credentials: b.credentials });
    const out = await engine.sync({ reason: 'manual', force: true });
    expect(out.ok).toBe(true);
    expect(out.pulled?.resynced).toBe(true);
    expect(await b.db.people.get(lost.id)).toBeUndefined();
    await syncOk(a);
    expect((await a.db.people.get(p.id))?.title).toBe('Designer');
    expect((await b.db.people.get(p.id))?.title).toBe('Designer');
  });

  it('honours 429 Retry-After, even for a manual sync', async () => {
    const { b } = await twoMembers();
    let now = Date.now();
    const limited: FetchLike = () =>
      Promise.resolve(
        Response.json(
          { error: 'rate_limited', message: 'slow down' },
          { status: 429, headers: { 'retry-after': '120' } },
        ),
      );
    const c = new Device({ label: 'c', fetch: limited, clock: () => now });
    await c.credentials.set((await b.credentials.get())!);
    const first = await c.engine.sync({ reason: 'manual', force: true });
    expect(first.error?.kind).toBe('rate-limited');
    expect((await c.engine.status()).nextAttemptAt).toBeGreaterThanOrEqual(now + 120_000);
    now += 60_000;
    expect((await c.engine.sync({ reason: 'manual', force: true })).skipped).toBe('backoff');
    now += 61_000;
    expect((await c.engine.sync({ reason: 'manual', force: true })).skipped).toBeUndefined();
  });
});

describe('killed at any instant', () => {
  it('a worker killed in the middle of applying a page leaves nothing half-applied, and resumes', async () => {
    const { a } = await twoMembers();
    for (const name of ['One Ichi', 'Two Ni', 'Three San']) {
      const p = await createRecord(a.db, 'person', { displayName: name }, await a.actor());
      await createRecord(
        a.db,
        'relationship',
        { memberId: await a.memberId(), personId: p.id },
        await a.actor(),
      );
    }
    await syncOk(a);
    let armed = true;
    const c = new Device({
      label: 'c',
      fetch: plainFetch,
      clock: () => Date.now(),
      crash: (point) => {
        if (armed && point === 'apply:mid') {
          armed = false;
          throw new SimulatedCrash(point);
        }
      },
    });
    await c.credentials.set({ ...(await a.credentials.get())! });
    await expect(c.engine.sync({ reason: 'manual', force: true })).rejects.toBeInstanceOf(SimulatedCrash);
    await c.restart();
    // The page's people were written before the kill, but the transaction never committed.
    expect(await c.db.people.count()).toBe(0);
    expect(await c.db.keys.count()).toBe(0);
    expect((await c.db.meta.get('sync.cursor'))?.value ?? 0).toBe(0);
    await syncOk(c);
    expect(await c.db.people.count()).toBe(3);
    expect(await c.db.relationships.count()).toBe(3);
  });
});

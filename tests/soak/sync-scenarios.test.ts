import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, updateRecord } from '../../utils/db/index';
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

function device(label: string) {
  return new Device({ label, fetch: (url, init) => fetch(url, init), clock: () => Date.now() });
}

describe('sync between two members', () => {
  it('shares a saved person and converges edits', async () => {
    const team = await newTeam(server, 'Scenario');
    const a = device('a');
    const b = device('b');
    await a.engine.join({ serverUrl: server.url, invite: team.adminInvite, name: 'Aiko' });
    await b.engine.join({ serverUrl: server.url, invite: await team.invite('member'), name: 'Ben' });
    const p = await createRecord(
      a.db,
      'person',
      { displayName: 'Taro Yamada', emails: [{ value: 'taro@example.jp' }] },
      await a.actor(),
    );
    expect((await a.engine.sync({ reason: 'manual' })).ok).toBe(true);
    expect(await a.db.outbox.count()).toBe(0);
    expect((await b.engine.sync({ reason: 'manual' })).ok).toBe(true);
    const seen = await b.db.people.get(p.id);
    expect(seen?.displayName).toBe('Taro Yamada');
    expect((await b.db.keys.get(`person:${p.id}`))?.keys).toContain('email:taro@example.jp');

    await updateRecord(b.db, 'person', p.id, { title: 'CTO' }, await b.actor());
    await updateRecord(a.db, 'person', p.id, { notes: 'met in Osaka' }, await a.actor());
    await b.engine.sync({ reason: 'manual' });
    await a.engine.sync({ reason: 'manual' });
    await b.engine.sync({ reason: 'manual' });
    const [pa, pb] = [await a.db.people.get(p.id), await b.db.people.get(p.id)];
    expect(pa?.title).toBe('CTO');
    expect(pa?.notes).toBe('met in Osaka');
    expect(pb).toEqual(pa);
  });
});

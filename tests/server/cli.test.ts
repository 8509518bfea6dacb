import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../server/cli';
import { startServer, type RunningServer } from '../../server/start';
import { ensureFirstRun } from '../../server/team/teams';
import { JoinResponseSchema } from '../../utils/model/sync-api';
import { createLogger } from '../../server/log';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meishi-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    env,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('command line', () => {
  const db = path.join(dir, 'cli.db');
  const env = { DATABASE_URL: db, LOG_LEVEL: 'silent' };

  it('prints help and refuses unknown commands and flags with exit code 2', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, out: expect.stringMatching(/init --team/) });
    expect((await run([])).code).toBe(2);
    expect(await run(['frobnicate'], env)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/unknown command/),
    });
    expect((await run(['members', '--nope'], env)).code).toBe(2);
    expect(await run(['members'], { ...env, PORT: 'eighty' })).toMatchObject({
      code: 2,
      err: expect.stringMatching(/PORT/),
    });
  });

  it('needs a team before inviting', async () => {
    expect(await run(['invite', '--role', 'member'], env)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/init/),
    });
  });

  let adminInvite = '';
  it('creates a team with a one-time admin invite', async () => {
    const r = await run(['init', '--team', 'Acme'], env);
    expect(r.code).toBe(0);
    adminInvite = /(meishi-invite_\w+)/.exec(r.out)?.[1] ?? '';
    expect(adminInvite).not.toBe('');
    expect((await run(['init'], env)).code).toBe(2);
  });

  it('invites with a role and an expiry, and validates both', async () => {
    const r = await run(['invite', '--role', 'viewer', '--expires', '12h'], env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/viewer invite for "Acme"/);
    expect((await run(['invite', '--role', 'owner'], env)).code).toBe(2);
    expect((await run(['invite', '--role', 'member', '--expires', 'soon'], env)).code).toBe(2);
  });

  describe('with the server running', () => {
    let server: RunningServer;
    let joined: ReturnType<typeof JoinResponseSchema.parse>;
    beforeAll(async () => {
      server = await startServer({ databaseUrl: db, port: 0, logger: createLogger('silent') });
      const res = await fetch(`${server.url}/v1/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invite: adminInvite, name: 'Ada', deviceName: 'laptop' }),
      });
      expect(res.status).toBe(201);
      joined = JoinResponseSchema.parse(await res.json());
    });
    afterAll(() => server.close());

    it('lists members and devices, and revokes them', async () => {
      const list = await run(['members'], env);
      expect(list.out).toContain(joined.member.id);
      expect(list.out).toContain(joined.deviceId);
      expect(await run(['revoke', joined.deviceId], env)).toMatchObject({ code: 0 });
      const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${joined.token}` } });
      expect(me.status).toBe(401);
      expect((await run(['revoke', 'no-such-id'], env)).code).toBe(1);
      expect((await run(['revoke'], env)).code).toBe(2);
    });

    it('refuses a used invite', async () => {
      const res = await fetch(`${server.url}/v1/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invite: adminInvite, name: 'Eve' }),
      });
      expect(res.status).toBe(410);
    });

    it('backs up the live SQLite database', async () => {
      const file = path.join(dir, 'backup.db');
      expect((await run(['backup', file], env)).code).toBe(0);
      const copy = new SqliteDatabase(file, { readonly: true });
      expect(copy.prepare('SELECT name FROM teams').all()).toEqual([{ name: 'Acme' }]);
      copy.close();
    });
  });

  it('prints the pg_dump line for PostgreSQL', async () => {
    const r = await run(['backup', 'x.dump'], { DATABASE_URL: 'postgres://u@127.0.0.1:1/db' });
    expect(r).toMatchObject({ code: 0, out: expect.stringMatching(/pg_dump --format=custom/) });
  });

  it('erases by email and prints the receipt', async () => {
    const r = await run(['erase', '--email', 'someone@example.com'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ personIds: [], counts: { markers: 1 } });
    expect((await run(['erase'], env)).code).toBe(2);
    expect((await run(['erase', '--person', 'not-an-id'], env)).code).toBe(2);
  });
});

describe('first run', () => {
  it('creates "My team" once and returns an admin invite that joins', async () => {
    const server = await startServer({
      databaseUrl: path.join(dir, 'first.db'),
      port: 0,
      logger: createLogger('silent'),
    });
    try {
      const first = await ensureFirstRun(server.conn);
      expect(first).toMatchObject({ teamName: 'My team', invite: expect.stringMatching(/^meishi-invite_/) });
      expect(await ensureFirstRun(server.conn)).toBeNull();
      const res = await fetch(`${server.url}/v1/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invite: first!.invite, name: 'Owner' }),
      });
      expect(res.status).toBe(201);
      expect(JoinResponseSchema.parse(await res.json()).member.role).toBe('admin');
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await server.close();
    }
  });
});

import type { Hono } from 'hono';
import { ConfigSchema, type ConfigInput } from '../../../server/config';
import { connect, migrate, type Connection } from '../../../server/db/connect';
import { createApp } from '../../../server/http/app';
import type { AppDeps } from '../../../server/http/route';
import { makeDeps } from '../../../server/start';
import { createLogger } from '../../../server/log';
import { createTeam } from '../../../server/team/teams';
import type { Mutation, PushResponse, PullResponse } from '../../../utils/model/sync-api';
import type { DatabaseKind, TestDatabase } from './databases';

export interface Reply {
  status: number;
  text: string;
  json: unknown;
  headers: Headers;
}

export interface Account {
  memberId: string;
  token: string;
  deviceId: string;
}

export interface Team {
  id: string;
  name: string;
  admin: Account;
  member: Account;
  viewer: Account;
  /** A member whose access was revoked: their token must get nothing. */
  revoked: Account;
}

export interface Fixture {
  db: TestDatabase;
  conn: Connection;
  deps: AppDeps;
  app: Hono<never>;
  logs: string[];
  a: Team;
  b: Team;
  req(
    token: string | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
  push(account: Account, mutations: Mutation[], clientId?: string): Promise<PushResponse>;
  pull(account: Account, cursor?: number, limit?: number): Promise<PullResponse>;
  pullAll(account: Account): Promise<PullResponse['changes']>;
  close(): Promise<void>;
}

export async function makeFixture(
  kind: DatabaseKind,
  opts: { config?: Partial<ConfigInput>; now?: () => number; db?: TestDatabase } = {},
): Promise<Fixture> {
  const db = opts.db ?? (await kind.create());
  const conn = connect(db.url);
  await migrate(conn);
  const logs: string[] = [];
  const config = ConfigSchema.parse({ databaseUrl: db.url, rateLimitPerMinute: 1_000_000, ...opts.config });
  const deps = makeDeps(
    conn,
    config,
    createLogger('debug', (l) => logs.push(l)),
    opts.now,
  );
  deps.state.ready = true;
  const app = createApp(deps) as unknown as Hono<never>;

  async function req(
    token: string | undefined,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const init: RequestInit = { method, headers: { ...headers } };
    if (token) (init.headers as Record<string, string>).authorization = `Bearer ${token}`;
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await app.request(path, init);
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, text, json, headers: res.headers };
  }

  async function joinWith(code: string, name: string): Promise<Account> {
    const r = await req(undefined, 'POST', '/v1/join', { invite: code, name, deviceName: `${name}-laptop` });
    if (r.status !== 201) throw new Error(`join failed: ${r.status} ${r.text}`);
    const j = r.json as { token: string; deviceId: string; member: { id: string } };
    return { memberId: j.member.id, token: j.token, deviceId: j.deviceId };
  }

  async function makeTeam(name: string): Promise<Team> {
    const { team, invite } = await createTeam(conn, name, Date.now());
    const admin = await joinWith(invite.code, `${name} admin`);
    const invited = async (role: string, who: string) => {
      const r = await req(admin.token, 'POST', '/v1/invites', { role });
      if (r.status !== 201) throw new Error(`invite failed: ${r.status} ${r.text}`);
      return joinWith((r.json as { code: string }).code, who);
    };
    const member = await invited('member', `${name} member`);
    const viewer = await invited('viewer', `${name} viewer`);
    const revoked = await invited('member', `${name} leaver`);
    const r = await req(admin.token, 'DELETE', `/v1/members/${revoked.memberId}`);
    if (r.status !== 204) throw new Error(`revoke failed: ${r.status}`);
    return { id: team.id, name, admin, member, viewer, revoked };
  }

  const a = await makeTeam('Alpha');
  const b = await makeTeam('Bravo');

  async function pull(account: Account, cursor = 0, limit = 1000): Promise<PullResponse> {
    const r = await req(account.token, 'GET', `/v1/sync/pull?cursor=${cursor}&limit=${limit}`);
    if (r.status !== 200) throw new Error(`pull failed: ${r.status} ${r.text}`);
    return r.json as PullResponse;
  }

  return {
    db,
    conn,
    deps,
    app,
    logs,
    a,
    b,
    req,
    async push(account, mutations, clientId = `c-${account.deviceId.slice(-8)}`) {
      const r = await req(account.token, 'POST', '/v1/sync/push', { clientId, mutations });
      if (r.status !== 200) throw new Error(`push failed: ${r.status} ${r.text}`);
      return r.json as PushResponse;
    },
    pull,
    async pullAll(account) {
      const all: PullResponse['changes'] = [];
      let cursor = 0;
      for (;;) {
        const page = await pull(account, cursor, 1000);
        all.push(...page.changes);
        cursor = page.nextCursor;
        if (!page.hasMore) return all;
      }
    },
    async close() {
      await conn.close();
      if (!opts.db) await db.drop();
    },
  };
}

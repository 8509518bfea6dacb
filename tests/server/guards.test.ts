import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../utils/model/id';
import { sqliteKind } from './helpers/databases';
import { makeFixture, type Fixture } from './helpers/fixture';
import { del, person, put } from './helpers/records';

/** Guards are database-independent: they run on SQLite only. */
const kind = sqliteKind();
afterAll(() => kind.shutdown());

describe('request guards', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await makeFixture(kind, { config: { bodyLimitBytes: 64 * 1024 } });
  });
  afterAll(() => f.close());

  it('refuses bodies over the size limit with 413', async () => {
    const big = JSON.stringify({
      clientId: 'x',
      mutations: [put('person', newId(), person({ notes: 'x'.repeat(70_000) }))],
    });
    const r = await f.req(f.a.member.token, 'POST', '/v1/sync/push', big);
    expect(r.status).toBe(413);
    expect(r.json).toMatchObject({ error: 'too_large' });
  });

  it('refuses deeply nested JSON before parsing it', async () => {
    const deep = `{"clientId":"x","mutations":[{"fields":${'{"a":'.repeat(60)}1${'}'.repeat(60)}}]}`;
    const r = await f.req(f.a.member.token, 'POST', '/v1/sync/push', deep);
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ error: 'too_deep' });
  });

  it('answers bad JSON, wrong content types and bad queries with a clear 4xx', async () => {
    expect((await f.req(f.a.member.token, 'POST', '/v1/sync/push', '{"clientId":')).json).toMatchObject({
      error: 'bad_json',
    });
    const typed = await f.req(f.a.member.token, 'POST', '/v1/sync/push', 'x', {
      'content-type': 'text/plain',
    });
    expect(typed.status).toBe(415);
    for (const q of ['cursor=-1', 'limit=0', 'limit=99999', 'cursor=abc']) {
      const r = await f.req(f.a.member.token, 'GET', `/v1/sync/pull?${q}`);
      expect(r.status, q).toBe(400);
      expect((r.json as { message: string }).message.length).toBeGreaterThan(3);
    }
    const bad = await f.req(f.a.member.token, 'POST', '/v1/sync/push', {
      clientId: 'x',
      mutations: [{ op: 'put' }],
    });
    expect(bad.status).toBe(400);
    expect((bad.json as { message: string }).message).toMatch(/mutations\.0\./);
    expect((await f.req(f.a.member.token, 'GET', '/v1/nothing-here')).status).toBe(404);
    expect((await f.req(f.a.member.token, 'GET', '/v1/history/person/not-an-id')).status).toBe(400);
  });

  it('tells a cursor from the future to resync', async () => {
    const r = await f.req(f.a.member.token, 'GET', '/v1/sync/pull?cursor=999999');
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ error: 'resync' });
  });

  it('rejects tokens with a broken checksum before looking them up', async () => {
    const token = f.a.member.token;
    const typo = token.slice(0, 12) + (token[12] === 'a' ? 'b' : 'a') + token.slice(13);
    const r = await f.req(typo, 'GET', '/v1/me');
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('sends CORS headers to extension origins only', async () => {
    const pre = await f.req(undefined, 'OPTIONS', '/v1/sync/pull', undefined, {
      origin: 'chrome-extension://abcdefghijklmnop',
      'access-control-request-method': 'GET',
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
    const moz = await f.req(f.a.member.token, 'GET', '/v1/me', undefined, {
      origin: 'moz-extension://1234-abcd',
    });
    expect(moz.headers.get('access-control-allow-origin')).toBe('moz-extension://1234-abcd');
    const web = await f.req(f.a.member.token, 'GET', '/v1/me', undefined, { origin: 'https://evil.example' });
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
    const webPre = await f.req(undefined, 'OPTIONS', '/v1/me', undefined, { origin: 'https://evil.example' });
    expect(webPre.status).toBe(403);
  });

  it('sets security headers', async () => {
    const r = await f.req(f.a.member.token, 'GET', '/v1/me');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age/);
  });

  it('reports health and readiness', async () => {
    expect((await f.req(undefined, 'GET', '/healthz')).json).toMatchObject({ ok: true, database: 'sqlite' });
    expect((await f.req(undefined, 'GET', '/readyz')).status).toBe(200);
    f.deps.state.ready = false;
    expect((await f.req(undefined, 'GET', '/readyz')).status).toBe(503);
    f.deps.state.ready = true;
  });

  it('logs structured JSON with ids only, never names, emails or phones', async () => {
    const id = newId();
    await f.push(f.a.member, [
      put(
        'person',
        id,
        person({
          displayName: 'Loggable Name',
          emails: [{ value: 'log.me@example.jp' }],
          phones: [{ raw: '090-1111-2222' }],
        }),
      ),
    ]);
    await f.req(f.a.admin.token, 'POST', '/v1/erase', { email: 'log.me@example.jp' });
    expect(f.logs.length).toBeGreaterThan(5);
    for (const line of f.logs) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(line).not.toMatch(/Loggable|log\.me|1111-2222|meishi_[0-9A-Za-z]{20}|Alpha admin/);
    }
    expect(f.logs.some((l) => l.includes(f.a.member.memberId))).toBe(true);
  });
});

describe('rate limits', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await makeFixture(kind, { config: { rateLimitPerMinute: 60 } });
  });
  afterAll(() => f.close());

  it('answers 429 with Retry-After once a token’s burst is spent, per token', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 15; i++) {
      const r = await f.req(f.a.viewer.token, 'GET', '/v1/me');
      statuses.push(r.status);
      if (r.status === 429) retryAfter ??= r.headers.get('retry-after');
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Another device is not slowed down by it.
    expect((await f.req(f.a.member.token, 'GET', '/v1/me')).status).toBe(200);
  });
});

describe('mass-delete brake', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await makeFixture(kind);
  });
  afterAll(() => f.close());

  it('pauses a member after 50 deletions in an hour until an admin confirms', async () => {
    const ids = Array.from({ length: 60 }, () => newId());
    await f.push(
      f.a.member,
      ids.map((id) => put('company', id, { name: `Co ${id.slice(-4)}` })),
    );
    const res = await f.push(
      f.a.member,
      ids.slice(0, 55).map((id) => del('company', id)),
    );
    const statuses = res.results.map((r) => r.status);
    expect(statuses.filter((s) => s === 'applied')).toHaveLength(50);
    expect(res.results[50]).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
      message: expect.stringMatching(/paused/),
    });

    const brakes = await f.req(f.a.admin.token, 'GET', '/v1/brakes');
    expect((brakes.json as { paused: { memberId: string }[] }).paused.map((p) => p.memberId)).toEqual([
      f.a.member.memberId,
    ]);
    expect((await f.push(f.a.member, [del('company', ids[58]!)])).results[0]?.status).toBe('rejected');
    // Other members are not affected.
    await f.push(f.a.admin, [put('company', ids[59]!, { name: 'Admin edit' })]);

    expect((await f.req(f.a.admin.token, 'POST', `/v1/brakes/${f.a.member.memberId}/release`)).status).toBe(
      204,
    );
    expect((await f.push(f.a.member, [del('company', ids[58]!)])).results[0]?.status).toBe('applied');
    const after = await f.req(f.a.admin.token, 'GET', '/v1/brakes');
    expect((after.json as { paused: unknown[] }).paused).toEqual([]);
  });
});

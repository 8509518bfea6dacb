import { describe, expect, it } from 'vitest';
import { normalizeServerUrl } from './credentials';
import { SyncError } from './errors';
import { httpTransport, joinRequest, type FetchLike } from './http';

const answer =
  (status: number, body: unknown, headers: Record<string, string> = {}): FetchLike =>
  async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });

async function kindOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return (error as SyncError).kind;
}

describe('the sync transport', () => {
  const t = (f: FetchLike) => httpTransport(f, 'https://team.example', 'meishi_x', () => 0);

  it('sorts server answers into kinds the engine acts on', async () => {
    expect(await kindOf(t(answer(409, { error: 'resync', message: 'from 0' })).pull(5, 10))).toBe('resync');
    expect(await kindOf(t(answer(401, { error: 'unauthorized', message: 'no' })).pull(0, 10))).toBe('auth');
    expect(await kindOf(t(answer(503, { error: 'x', message: 'down' })).pull(0, 10))).toBe('server');
    expect(await kindOf(t(answer(404, { error: 'not_found', message: 'no' })).pull(0, 10))).toBe('server');
    expect(await kindOf(t(answer(400, { error: 'invalid', message: 'bad' })).pull(0, 10))).toBe(
      'bad-request',
    );
    expect(await kindOf(t(answer(200, { nope: true })).pull(0, 10))).toBe('bad-response');
    expect(await kindOf(t(() => Promise.reject(new TypeError('fetch failed'))).pull(0, 10))).toBe('offline');
    const limited = await t(answer(429, { error: 'rate_limited', message: 'slow' }, { 'retry-after': '7' }))
      .pull(0, 10)
      .catch((e: SyncError) => e);
    expect(limited).toMatchObject({ kind: 'rate-limited', retryAfterMs: 7_000 });
  });

  it('tells invite problems apart', async () => {
    const join = (f: FetchLike) =>
      joinRequest(f, 'https://team.example', { invite: 'meishi_inv_x', name: 'A', deviceName: 'b' }, () => 0);
    expect(await kindOf(join(answer(403, { error: 'invite_invalid', message: '' })))).toBe('invite-invalid');
    expect(await kindOf(join(answer(410, { error: 'invite_used', message: '' })))).toBe('invite-used');
    expect(await kindOf(join(answer(410, { error: 'invite_expired', message: '' })))).toBe('invite-expired');
  });

  it('accepts only http(s) server addresses, without credentials or trailing slashes', () => {
    expect(normalizeServerUrl(' https://team.example.com/ ')).toBe('https://team.example.com');
    expect(normalizeServerUrl('http://127.0.0.1:8787/meishi/')).toBe('http://127.0.0.1:8787/meishi');
    expect(normalizeServerUrl('ftp://x')).toBeNull();
    expect(normalizeServerUrl('https://u:p@x.example')).toBeNull();
    expect(normalizeServerUrl('not a url')).toBeNull();
  });
});

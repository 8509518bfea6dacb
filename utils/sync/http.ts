import { z } from 'zod';
import {
  ErrorResponseSchema,
  JoinResponseSchema,
  MeResponseSchema,
  PullResponseSchema,
  PushResponseSchema,
  type JoinRequest,
  type JoinResponse,
  type MeResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '@/utils/model';
import { MembersResponseSchema } from '@/utils/model/team-api';
import { ROUTES } from './routes';
import { SyncError } from './errors';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface Transport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(cursor: number, limit: number): Promise<PullResponse>;
  me(): Promise<MeResponse>;
  members(): Promise<{ id: string; name: string }[]>;
  revokeDevice(deviceId: string): Promise<void>;
}

const TIMEOUT_MS = 30_000;

/** "120" (seconds) or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

async function request<T>(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  schema: z.ZodType<T>,
  now: () => number,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetchFn(url, { ...init, signal: controller.signal });
  } catch (error) {
    const aborted = controller.signal.aborted;
    throw new SyncError(
      aborted ? 'timeout' : 'offline',
      aborted ? 'the server did not answer in time' : String(error),
    );
  } finally {
    clearTimeout(timer);
  }
  let body: unknown = null;
  try {
    const text = await res.text();
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) throw errorFor(res, body, now());
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new SyncError(
      'bad-response',
      `unexpected answer from ${new URL(url).pathname}: ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}

function errorFor(res: Response, body: unknown, now: number): SyncError {
  const parsed = ErrorResponseSchema.safeParse(body);
  const code = parsed.success ? parsed.data.error : '';
  const message = parsed.success ? parsed.data.message : `HTTP ${res.status}`;
  const status = res.status;
  if (status === 409 && code === 'resync') return new SyncError('resync', message, status);
  if (/used/.test(code)) return new SyncError('invite-used', message, status);
  if (/expired/.test(code)) return new SyncError('invite-expired', message, status);
  if (/invite/.test(code)) return new SyncError('invite-invalid', message, status);
  if (status === 401 || status === 403) return new SyncError('auth', message, status);
  if (status === 429) {
    return new SyncError(
      'rate-limited',
      message,
      status,
      parseRetryAfter(res.headers.get('retry-after'), now) ?? undefined,
    );
  }
  if (status === 413) return new SyncError('too-large', message, status);
  if (status >= 500) {
    const retry = parseRetryAfter(res.headers.get('retry-after'), now);
    return new SyncError('server', message, status, retry ?? undefined);
  }
  // Only a request the server read and found wrong is the request's fault; a 404 means a wrong URL.
  if (status === 400 || status === 422) return new SyncError('bad-request', message, status);
  return new SyncError('server', message, status);
}

/** The team server's sync API for one device, every answer checked against the shared schemas. */
export function httpTransport(
  fetchFn: FetchLike,
  serverUrl: string,
  token: string,
  now: () => number,
): Transport {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    push: (req) =>
      request(
        fetchFn,
        serverUrl + ROUTES.push,
        { method: 'POST', headers, body: JSON.stringify(req) },
        PushResponseSchema,
        now,
      ),
    pull: (cursor, limit) =>
      request(
        fetchFn,
        `${serverUrl}${ROUTES.pull}?cursor=${cursor}&limit=${limit}`,
        { method: 'GET', headers },
        PullResponseSchema,
        now,
      ),
    me: () => request(fetchFn, serverUrl + ROUTES.me, { method: 'GET', headers }, MeResponseSchema, now),
    members: async () => {
      const reply = await request(
        fetchFn,
        serverUrl + ROUTES.members,
        { method: 'GET', headers },
        MembersResponseSchema,
        now,
      );
      return reply.members.map((m) => ({ id: m.id, name: m.name }));
    },
    revokeDevice: async (deviceId) => {
      const url = `${serverUrl}${ROUTES.devices}/${encodeURIComponent(deviceId)}`;
      await request(fetchFn, url, { method: 'DELETE', headers }, z.unknown(), now);
    },
  };
}

export function joinRequest(
  fetchFn: FetchLike,
  serverUrl: string,
  req: JoinRequest,
  now: () => number,
): Promise<JoinResponse> {
  return request(
    fetchFn,
    serverUrl + ROUTES.join,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(req) },
    JoinResponseSchema,
    now,
  );
}

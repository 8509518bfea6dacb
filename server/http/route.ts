import type { Context } from 'hono';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { Capability } from '../auth/roles';
import type { Config } from '../config';
import type { Connection } from '../db/connect';
import type { Logger } from '../log';
import type { AuthCache } from '../team/auth';
import type { PushQueue } from '../sync/push-queue';

export interface AppDeps {
  conn: Connection;
  config: Config;
  log: Logger;
  now: () => number;
  /** The team's erasure salt (cached: it never changes). */
  salt: (teamId: string) => Promise<string>;
  state: { ready: boolean };
  /** Cleared on every revocation and role change. */
  authCache: AuthCache;
  /** Pushes go through here: concurrent pushes of a team share one transaction. */
  pushQueue: PushQueue;
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

interface Ctx<B, Q> {
  c: Context;
  deps: AppDeps;
  body: B;
  query: Q;
  params: Record<string, string>;
}
export type PublicCtx<B = unknown, Q = unknown> = Ctx<B, Q>;
export type AuthedCtx<B = unknown, Q = unknown> = Ctx<B, Q> & { actor: Actor };

interface RouteBase {
  method: Method;
  path: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** Names a record of the caller's team in the path: a member of another team gets 404. */
  scoped?: boolean;
  summary: string;
}
export type RouteDef =
  | (RouteBase & { auth: 'public'; handle: (ctx: PublicCtx) => Promise<Response> })
  | (RouteBase & { auth: Capability; handle: (ctx: AuthedCtx) => Promise<Response> });

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Declares an authenticated route; the handler sees its body and query already validated. */
export function authed<
  BS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
>(
  def: RouteBase & {
    auth: Capability;
    body?: BS;
    query?: QS;
    handle: (ctx: AuthedCtx<Out<BS>, Out<QS>>) => Promise<Response>;
  },
): RouteDef {
  return { ...def, handle: (ctx: AuthedCtx) => def.handle(ctx as AuthedCtx<Out<BS>, Out<QS>>) };
}

export function open<BS extends z.ZodType | undefined = undefined>(
  def: RouteBase & { auth: 'public'; body?: BS; handle: (ctx: PublicCtx<Out<BS>>) => Promise<Response> },
): RouteDef {
  return { ...def, handle: (ctx: PublicCtx) => def.handle(ctx as PublicCtx<Out<BS>>) };
}

export function fail(
  c: Context,
  status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429 | 503,
  error: string,
  message: string,
): Response {
  return c.json({ error, message }, status);
}

import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import type { HttpBindings } from '@hono/node-server';
import { can } from '../auth/roles';
import { authenticate } from '../team/auth';
import { validate } from './body';
import { readJson } from './body';
import { RateLimiter } from './rate-limit';
import { adminRoutes } from './routes-admin';
import { syncRoutes } from './routes-sync';
import { teamRoutes } from './routes-team';
import { fail, type AppDeps, type RouteDef } from './route';

/** Every /v1 route, in one table: the app registers them and the route × role tests iterate them. */
export const ROUTES: RouteDef[] = [...teamRoutes, ...syncRoutes, ...adminRoutes];

const EXTENSION_ORIGIN = /^(chrome-extension|moz-extension):\/\/[A-Za-z0-9-]{1,64}$/;

type Env = { Bindings: Partial<HttpBindings> };

function clientAddress(c: Context<Env>): string {
  return c.env?.incoming?.socket.remoteAddress ?? 'local';
}

export function createApp(deps: AppDeps): Hono<Env> {
  const app = new Hono<Env>();
  const limiter = new RateLimiter(deps.config.rateLimitPerMinute);

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    deps.log.info('request', {
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'same-site', referrerPolicy: 'no-referrer' }));
  // CORS for the extension's pages only; web pages get no CORS headers and so cannot read replies.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && EXTENSION_ORIGIN.test(origin);
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return c.body(null, 403);
      return c.body(null, 204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '600',
        vary: 'Origin',
      });
    }
    await next();
    if (allowed) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.append('vary', 'Origin');
    }
  });

  app.get('/healthz', async (c) => {
    try {
      await sql`SELECT 1`.execute(deps.conn.kysely);
      return c.json({ ok: true, database: deps.conn.dialect });
    } catch {
      return fail(c, 503, 'unavailable', 'the database is not reachable');
    }
  });
  app.get('/readyz', (c) =>
    deps.state.ready ? c.json({ ok: true }) : fail(c, 503, 'not_ready', 'starting up or shutting down'),
  );

  const limitBody = bodyLimit({
    maxSize: deps.config.bodyLimitBytes,
    onError: (c) =>
      fail(c, 413, 'too_large', `request bodies are limited to ${deps.config.bodyLimitBytes} bytes`),
  });

  for (const route of ROUTES) {
    const handlers = [
      ...(route.body ? [limitBody] : []),
      async (c: Context<Env>) => {
        const params = c.req.param() as Record<string, string>;
        if (route.auth === 'public') {
          const wait = limiter.take(`ip:${clientAddress(c)}`);
          if (wait > 0) return tooMany(c, wait);
          const body = route.body ? await readJson(c, route.body) : { ok: true as const, value: undefined };
          if (!body.ok) return fail(c, body.status, body.error, body.message);
          return route.handle({ c, deps, body: body.value, query: undefined, params });
        }
        const actor = await authenticate(
          deps.conn,
          c.req.header('authorization'),
          deps.authCache,
          deps.now(),
        );
        if (typeof actor === 'string') {
          c.header('www-authenticate', 'Bearer');
          const message =
            actor === 'revoked' ? 'this token has been revoked' : 'send Authorization: Bearer <device token>';
          return fail(c, 401, 'unauthorized', message);
        }
        const wait = limiter.take(`device:${actor.deviceId}`);
        if (wait > 0) return tooMany(c, wait);
        if (!can(actor.role, route.auth))
          return fail(c, 403, 'forbidden', `your role (${actor.role}) cannot do this`);
        const query = route.query
          ? validate(route.query, c.req.query())
          : { ok: true as const, value: undefined };
        if (!query.ok) return fail(c, query.status, query.error, query.message);
        const body = route.body ? await readJson(c, route.body) : { ok: true as const, value: undefined };
        if (!body.ok) return fail(c, body.status, body.error, body.message);
        return route.handle({ c, deps, actor, body: body.value, query: query.value, params });
      },
    ];
    app.on(route.method, [route.path], ...handlers);
  }

  app.notFound((c) => fail(c, 404, 'not_found', 'no such endpoint'));
  app.onError((error, c) => {
    deps.log.error('unhandled', { route: c.req.routePath, error: error.name });
    return c.json({ error: 'internal', message: 'something went wrong on the server' }, 500);
  });
  return app;
}

function tooMany(c: Context, seconds: number): Response {
  c.header('retry-after', String(seconds));
  return fail(c, 429, 'rate_limited', `too many requests; retry in ${seconds}s`);
}

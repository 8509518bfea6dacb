import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { ConfigSchema, type Config, type ConfigInput } from './config';
import { connect, migrate, type Connection } from './db/connect';
import { GlobalRepo } from './db/global-repo';
import { createApp } from './http/app';
import type { AppDeps } from './http/route';
import { createLogger, type Logger } from './log';
import { purgeTrash } from './sync/trash';
import { AuthCache } from './team/auth';
import { PushQueue } from './sync/push-queue';

export interface StartOptions extends ConfigInput {
  logger?: Logger;
  /** Close gracefully on SIGTERM and SIGINT (the CLI's `start` does). */
  handleSignals?: boolean;
  now?: () => number;
}

export interface RunningServer {
  url: string;
  config: Config;
  conn: Connection;
  close(): Promise<void>;
}

const HOUR = 3_600_000;

/** Builds the request handler's dependencies over an open connection. */
export function makeDeps(
  conn: Connection,
  config: Config,
  log: Logger,
  now: () => number = Date.now,
): AppDeps {
  const salts = new Map<string, string>();
  const global = new GlobalRepo(conn.kysely);
  const salt = async (teamId: string) => {
    let value = salts.get(teamId);
    if (value === undefined) {
      const team = await global.team(teamId);
      if (!team) throw new Error('team vanished');
      salts.set(teamId, (value = team.erase_salt));
    }
    return value;
  };
  return {
    conn,
    config,
    log,
    now,
    state: { ready: false },
    authCache: new AuthCache(),
    salt,
    pushQueue: new PushQueue(conn, async (teamId) => ({
      now: now(),
      salt: await salt(teamId),
      brakeLimit: config.deleteBrakePerHour,
    })),
  };
}

/**
 * Opens the database, runs migrations, and serves the API. `close()` stops accepting connections,
 * lets in-flight requests finish, then closes the database.
 */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const { logger, handleSignals, now, ...settings } = opts;
  const config = ConfigSchema.parse(settings);
  const log = logger ?? createLogger(config.logLevel);
  const conn = connect(config.databaseUrl);
  try {
    await migrate(conn);
  } catch (error) {
    await conn.close();
    throw error;
  }
  const deps = makeDeps(conn, config, log, now);
  const app = createApp(deps);

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;

  const purge = () =>
    purgeTrash(conn, config.trashDays, deps.now()).then(
      (n) => n > 0 && log.info('trash purged', { records: n }),
      () => log.warn('trash purge failed'),
    );
  void purge();
  const timer = setInterval(() => void purge(), HOUR);
  timer.unref();
  deps.state.ready = true;
  log.info('listening', { url, database: conn.dialect });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      deps.state.ready = false;
      clearInterval(timer);
      await new Promise<void>((resolve) => {
        // In-flight requests finish; stragglers on kept-alive sockets are cut after 10 s.
        const force = setTimeout(
          () => (server as import('node:http').Server).closeAllConnections?.(),
          10_000,
        );
        force.unref();
        server.close(() => resolve());
        (server as import('node:http').Server).closeIdleConnections?.();
      });
      await conn.close();
      log.info('closed');
    })());

  if (handleSignals) {
    const onSignal = (signal: string) => {
      log.info('shutting down', { signal });
      void close().then(() => process.exit(0));
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
  }
  return { url, config, conn, close };
}

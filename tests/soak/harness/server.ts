import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { connect, startServer, type Connection } from '../../../server/index';

/** A team server for the harness, with its own database handle for setting up teams and for the oracle. */
export interface SoakServer {
  url: string;
  databaseUrl: string;
  conn: Connection;
  /** Only a server in a child process can be killed with SIGKILL (and is restarted right away). */
  killable: boolean;
  kill(): Promise<void>;
  close(): Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../../..');
const LIMITS = { rateLimitPerMinute: 1_000_000, deleteBrakePerHour: 100_000 };

export async function startInProcess(databaseUrl: string): Promise<SoakServer> {
  const running = await startServer({
    databaseUrl,
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    ...LIMITS,
  });
  return {
    url: running.url,
    databaseUrl,
    conn: running.conn,
    killable: false,
    async kill() {
      throw new Error('an in-process server cannot be killed');
    },
    close: () => running.close(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('server did not become ready');
}

/** The real server CLI in a child process, so it can be killed with SIGKILL mid-request. */
export async function startChild(databaseUrl: string): Promise<SoakServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    '--import',
    'tsx',
    path.join(ROOT, 'server/cli.ts'),
    'start',
    '--database-url',
    databaseUrl,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--log-level',
    'silent',
    '--rate-limit',
    String(LIMITS.rateLimitPerMinute),
    '--delete-brake',
    String(LIMITS.deleteBrakePerHour),
  ];
  let child: ChildProcess;
  const launch = async () => {
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    await waitReady(url, child);
  };
  await launch();
  const conn = connect(databaseUrl, { poolSize: 2 });
  return {
    url,
    databaseUrl,
    conn,
    killable: true,
    async kill() {
      const restart = (async () => {
        const dead = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await dead;
        await launch();
      })();
      restarts.add(restart);
      try {
        await restart;
      } finally {
        restarts.delete(restart);
      }
    },
    async close() {
      const dead = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await dead;
      await conn.close();
    },
  };
}

/**
 * Restarts after a kill still under way. A request that a fault picked to kill the server may be
 * abandoned by its device (a simulated crash), so nobody else would be waiting for its restart.
 */
const restarts = new Set<Promise<void>>();

/** Resolves once no killed server is still starting again. */
export async function serversUp(): Promise<void> {
  while (restarts.size > 0) await Promise.allSettled([...restarts]);
}

/**
 * The harness's own calls to the server (set-up, erasures, the oracle): no faults, but a connection
 * kept alive across a server kill may be dead, so a network error is tried again.
 */
export async function reliableFetch(url: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    await serversUp();
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connect } from '../../server/db/connect';
import { GlobalRepo } from '../../server/db/global-repo';
import { withTeam } from '../../server/db/team-repo';
import { formatHlc } from '../../utils/model/hlc';
import { newId } from '../../utils/model/id';
import type { BenchResult } from './types';

/**
 * Team server throughput over real HTTP on loopback:
 *  - push: 8 concurrent clients (devices) pushing batches of 100 new people;
 *  - pull: one member paging through a team's whole change log (5,000 a page).
 * The pull team has MEISHI_BENCH_PULL_N changes (default 200,000 to keep `npm run bench` short;
 * MEISHI_BENCH_PULL_N=1000000 gives the full million). PostgreSQL comes from MEISHI_BENCH_PG_URL or
 * MEISHI_TEST_PG_URL, else a throwaway cluster with durable settings (fsync on) is started.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const CLIENTS = 8;
const BATCH = 100;
const BATCHES_PER_CLIENT = Number(process.env.MEISHI_BENCH_PUSH_BATCHES ?? 25);
const PULL_N = Number(process.env.MEISHI_BENCH_PULL_N ?? 200_000);

/** fetch with one retry: a kept-alive socket the server closed while the benchmark was seeding is not a failure. */
async function fetchRetry(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

interface ServerProcess {
  url: string;
  /** The admin's device token (from the first-run invite). */
  adminToken: string;
  stop(): Promise<void>;
}

/**
 * The server runs in its own process, as in production, so the benchmark's clients do not share
 * its event loop.
 */
async function spawnServer(databaseUrl: string): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/cli.ts',
      'start',
      '--port',
      '0',
      '--database-url',
      databaseUrl,
      '--log-level',
      'warn',
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, RATE_LIMIT_PER_MINUTE: '1000000', DELETE_BRAKE_PER_HOUR: '100000' },
    },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 60_000;
  while (!/meishi-invite_\w+/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = /team server on (http:\/\/\S+)/.exec(out)![1]!;
  const invite = /(meishi-invite_\w+)/.exec(out)![1]!;
  const adminToken = (await joinWith(url, invite, 'Admin')).token;
  return {
    url,
    adminToken,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function joinWith(
  url: string,
  invite: string,
  name: string,
): Promise<{ token: string; memberId: string }> {
  const res = await fetch(`${url}/v1/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite, name }),
  });
  if (res.status !== 201) throw new Error(`join failed: ${res.status}`);
  const j = (await res.json()) as { token: string; member: { id: string } };
  return { token: j.token, memberId: j.member.id };
}

async function joinDevices(s: ServerProcess, n: number): Promise<{ token: string; memberId: string }[]> {
  const out: { token: string; memberId: string }[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${s.url}/v1/invites`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'member' }),
    });
    const { code } = (await res.json()) as { code: string };
    out.push(await joinWith(s.url, code, `Client ${i}`));
  }
  return out;
}

function personBatch(client: number, batch: number): string {
  const wall = 1_760_000_000_000 + batch;
  const mutations = Array.from({ length: BATCH }, (_, i) => {
    const hlc = formatHlc({ wall, counter: i }, `bench${client}`);
    const fields: Record<string, { value: unknown; hlc: string }> = {
      displayName: { value: `Person ${client}-${batch}-${i}`, hlc },
      companyName: { value: 'Bench KK', hlc },
      title: { value: 'Engineer', hlc },
      emails: { value: [{ value: `p${client}.${batch}.${i}@bench.example` }], hlc },
      tags: { value: ['bench'], hlc },
    };
    return { id: `m${batch}-${i}`, entity: 'person', entityId: newId(), op: 'put', fields, hlc };
  });
  return JSON.stringify({ clientId: `bench-client-${client}`, mutations });
}

async function pushThroughput(databaseUrl: string): Promise<number> {
  const s = await spawnServer(databaseUrl);
  try {
    const devices = await joinDevices(s, CLIENTS);
    const bodies = devices.map((_, c) =>
      Array.from({ length: BATCHES_PER_CLIENT }, (_, b) => personBatch(c, b)),
    );
    let applied = 0;
    const started = performance.now();
    await Promise.all(
      devices.map(async (d, c) => {
        for (const body of bodies[c]!) {
          const res = await fetch(`${s.url}/v1/sync/push`, {
            method: 'POST',
            headers: { authorization: `Bearer ${d.token}`, 'content-type': 'application/json' },
            body,
          });
          const json = (await res.json()) as { results: { status: string }[] };
          applied += json.results.filter((r) => r.status === 'applied').length;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    if (applied !== CLIENTS * BATCHES_PER_CLIENT * BATCH)
      throw new Error(`only ${applied} mutations applied`);
    return applied / seconds;
  } finally {
    await s.stop();
  }
}

/** Seeds the change log directly (in big transactions) rather than through HTTP, then pulls it all. */
async function pullThroughput(databaseUrl: string): Promise<number> {
  const s = await spawnServer(databaseUrl);
  const conn = connect(databaseUrl);
  try {
    const [reader] = await joinDevices(s, 1);
    const [team] = await new GlobalRepo(conn.kysely).listTeams();
    const author = reader!.memberId;
    const CHUNK = 5_000;
    for (let done = 0; done < PULL_N; done += CHUNK) {
      await withTeam(conn, team!.id, async (repo) => {
        const start = await repo.lockCounter();
        const n = Math.min(CHUNK, PULL_N - done);
        const rows = Array.from({ length: n }, (_, i) => {
          const id = newId();
          const version = start + i + 1;
          const stamp = formatHlc({ wall: 1_760_000_000_000, counter: i }, 'seed');
          const data = {
            id,
            displayName: `Seeded ${version}`,
            companyName: 'Seed KK',
            emails: [],
            phones: [],
            links: [],
            tags: [],
            nameOrder: 'western',
            status: 'contact',
            visibility: 'team',
            provenance: {},
            createdAt: 1,
            createdBy: author,
            updatedAt: 1,
            updatedBy: author,
            deletedAt: null,
            deletedBy: null,
          };
          return {
            entity: 'person',
            id,
            data: JSON.stringify(data),
            stamps: JSON.stringify({ displayName: stamp, companyName: stamp }),
            visibility: 'team',
            created_by: author,
            deleted_at: null,
            deleted_by: null,
            version,
          };
        });
        await repo.upsertRecords(rows);
        await repo.upsertChanges(
          rows.map((r) => ({ entity: 'person', entity_id: r.id, version: r.version, kind: 'upsert' })),
        );
        await repo.setCounter(start + n);
      });
    }
    let cursor = 0;
    let total = 0;
    const started = performance.now();
    for (;;) {
      const res = await fetchRetry(`${s.url}/v1/sync/pull?cursor=${cursor}&limit=5000`, {
        headers: { authorization: `Bearer ${reader!.token}` },
      });
      const page = (await res.json()) as { changes: unknown[]; nextCursor: number; hasMore: boolean };
      total += page.changes.length;
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    const seconds = (performance.now() - started) / 1000;
    if (total !== PULL_N) throw new Error(`pulled ${total} of ${PULL_N}`);
    return total / seconds;
  } finally {
    await conn.close();
    await s.stop();
  }
}

/** A fresh database on the given cluster, so runs never see each other's rows. */
async function freshPgDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `meishi_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
    },
  };
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meishi-bench-'));
  try {
    const pushSqlite = await pushThroughput(path.join(dir, 'push.db'));
    results.push({
      name: 'server push, SQLite, 8 clients × 100/batch',
      value: pushSqlite,
      unit: 'mutations/s',
      goal: '≥ 5,000/s',
      ok: pushSqlite >= 5_000,
    });
    const pullSqlite = await pullThroughput(path.join(dir, 'pull.db'));
    results.push({
      name: `server pull, SQLite, ${PULL_N.toLocaleString('en')} changes`,
      value: pullSqlite,
      unit: 'changes/s',
      goal: 'measured',
      ok: true,
    });

    let adminUrl = process.env.MEISHI_BENCH_PG_URL ?? process.env.MEISHI_TEST_PG_URL ?? '';
    let clusterDir = '';
    if (!adminUrl) {
      const out = execFileSync('bash', [path.join(ROOT, '.ci/postgres.sh')], {
        encoding: 'utf8',
        env: { ...process.env, MEISHI_PG_DURABLE: '1', PG_PORT: '57432' },
      });
      adminUrl = /MEISHI_TEST_PG_URL=(\S+)/.exec(out)?.[1] ?? '';
      clusterDir = /MEISHI_TEST_PG_DIR=(\S+)/.exec(out)?.[1] ?? '';
    }
    try {
      const pushDb = await freshPgDatabase(adminUrl);
      const pushPg = await pushThroughput(pushDb.url).finally(() => pushDb.drop());
      results.push({
        name: 'server push, PostgreSQL, 8 clients × 100/batch',
        value: pushPg,
        unit: 'mutations/s',
        goal: '≥ 20,000/s',
        ok: pushPg >= 20_000,
      });
      const pullDb = await freshPgDatabase(adminUrl);
      const pullPg = await pullThroughput(pullDb.url).finally(() => pullDb.drop());
      results.push({
        name: `server pull, PostgreSQL, ${PULL_N.toLocaleString('en')} changes`,
        value: pullPg,
        unit: 'changes/s',
        goal: 'measured',
        ok: true,
      });
    } finally {
      if (clusterDir) execFileSync('bash', [path.join(ROOT, '.ci/postgres.sh'), 'stop', clusterDir]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

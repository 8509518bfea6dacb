import {
  postgresKind,
  sqliteKind,
  type DatabaseKind,
  type TestDatabase,
} from '../../server/helpers/databases';
import { startChild, startInProcess, type SoakServer } from './server';
import { soakRun, type RunResult } from './world';

export interface SuiteOptions {
  runs: number;
  seed: number;
  db: 'sqlite' | 'postgres';
  /** Every n-th run talks to a server in a child process that faults may SIGKILL (0: never). */
  killEvery?: number;
  steps?: number;
  trace?: (line: string) => void;
  onResult?: (result: RunResult) => void;
}

export interface SuiteResult {
  runs: number;
  failures: RunResult[];
  ms: number;
  skipped: string | null;
}

/**
 * Runs `runs` seeded runs (seeds seed, seed+1, …) against one server per database kind: an
 * in-process server for most runs (fast) and, for every `killEvery`-th run, the real server process
 * that the faults kill with SIGKILL and restart. Each run has its own team, so runs never interfere.
 */
export async function runSuite(opts: SuiteOptions): Promise<SuiteResult> {
  const started = Date.now();
  const kind: DatabaseKind = opts.db === 'postgres' ? postgresKind() : sqliteKind();
  if (kind.skip) return { runs: 0, failures: [], ms: 0, skipped: kind.skip };
  const databases: TestDatabase[] = [];
  const servers: SoakServer[] = [];
  const failures: RunResult[] = [];
  try {
    const mainDb = await kind.create();
    databases.push(mainDb);
    const main = await startInProcess(mainDb.url);
    servers.push(main);
    let killable: SoakServer | null = null;
    const killEvery = opts.killEvery ?? 0;
    for (let i = 0; i < opts.runs; i++) {
      const seed = opts.seed + i;
      let server = main;
      if (killEvery > 0 && seed % killEvery === killEvery - 1) {
        if (!killable) {
          const childDb = await kind.create();
          databases.push(childDb);
          killable = await startChild(childDb.url);
          servers.push(killable);
        }
        server = killable;
      }
      const result = await soakRun({
        seed,
        server,
        ...(opts.steps ? { steps: opts.steps } : {}),
        ...(opts.trace ? { trace: opts.trace } : {}),
      });
      if (!result.ok) failures.push(result);
      opts.onResult?.(result);
    }
  } finally {
    for (const s of servers.reverse()) await s.close().catch(() => undefined);
    for (const d of databases) await d.drop().catch(() => undefined);
    await kind.shutdown().catch(() => undefined);
  }
  return { runs: opts.runs, failures, ms: Date.now() - started, skipped: null };
}

import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The convergence harness as part of `npm test`: 200 seeded runs on SQLite and 50 on PostgreSQL,
 * in three processes so both cores stay busy. Every 40th SQLite run talks to a real server process
 * that faults SIGKILL mid-request. `npm run soak -- --runs 10000` is the release check.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');

interface Summary {
  db: string;
  runs: number;
  failures: { seed: number; problems: string[] }[];
  ms: number;
  skipped: string | null;
}

function suite(args: string[]): Promise<Summary> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'tests/soak/run.ts'), '--json', ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 1_500_000 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve(JSON.parse(line) as Summary);
        } catch {
          reject(
            new Error(
              `soak ${args.join(' ')} printed no summary: ${error?.message ?? ''}\n${stderr}\n${stdout}`,
            ),
          );
        }
      },
    );
  });
}

function report(s: Summary): string {
  return s.failures
    .map(
      (f) =>
        `seed ${f.seed} (npm run soak -- --runs 1 --seed ${f.seed} --db ${s.db}):\n  ${f.problems.join('\n  ')}`,
    )
    .join('\n');
}

describe('convergence soak', () => {
  it('200 seeded runs on SQLite and 50 on PostgreSQL converge with nothing lost', async () => {
    // Three processes (two halves of the SQLite runs, and PostgreSQL) keep both cores busy.
    const [first, second, postgres] = await Promise.all([
      suite(['--db', 'sqlite', '--runs', '100', '--seed', '1', '--kill-every', '40']),
      suite(['--db', 'sqlite', '--runs', '100', '--seed', '101', '--kill-every', '40']),
      suite(['--db', 'postgres', '--runs', '50', '--seed', '1', '--kill-every', '0']),
    ]);
    const sqliteFailures = first.failures.length + second.failures.length;
    console.log(
      `soak: sqlite runs ${first.runs + second.runs}, failures ${sqliteFailures} (${(Math.max(first.ms, second.ms) / 1000).toFixed(1)} s); ` +
        (postgres.skipped
          ? `postgres skipped: ${postgres.skipped}`
          : `postgres runs ${postgres.runs}, failures ${postgres.failures.length} (${(postgres.ms / 1000).toFixed(1)} s)`),
    );
    expect(first.runs + second.runs).toBe(200);
    expect(report(first) + report(second)).toBe('');
    if (!postgres.skipped) expect(postgres.runs).toBe(50);
    expect(report(postgres)).toBe('');
  }, 1_800_000);
});

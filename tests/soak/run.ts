import { parseArgs } from 'node:util';
import { runSuite } from './harness/suite';

/**
 * `npm run soak -- --runs N --seed S --db sqlite|postgres [--steps 40] [--kill-every 20] [--verbose]`
 * Prints `runs N, failures F` and, for each failure, the seed that replays it.
 */
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    db: { type: 'string', default: 'sqlite' },
    steps: { type: 'string' },
    'kill-every': { type: 'string', default: '25' },
    verbose: { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const db =
  values.db === 'postgres' || values.db === 'pg' ? 'postgres' : values.db === 'sqlite' ? 'sqlite' : null;
if (!db) {
  console.error('--db must be sqlite or postgres');
  process.exit(2);
}
const runs = Number(values.runs);
const seed = Number(values.seed);
let done = 0;
const result = await runSuite({
  runs,
  seed,
  db,
  killEvery: Number(values['kill-every']),
  ...(values.trace ? { trace: (line: string) => console.log(line) } : {}),
  ...(values.steps ? { steps: Number(values.steps) } : {}),
  onResult: (r) => {
    done++;
    if (values.json) return;
    if (values.verbose || !r.ok) {
      console.log(
        `${r.ok ? 'ok  ' : 'FAIL'} seed ${r.seed}: ${r.devices} devices, ${r.acknowledged} acknowledged, ${r.crashes} crashes, faults ${JSON.stringify(r.faults)}, ${r.ms} ms`,
      );
      for (const p of r.problems) console.log(`     ${p}`);
    } else if (done % 100 === 0) {
      console.log(`… ${done} runs`);
    }
  },
});
if (values.json) {
  const failures = result.failures.map((f) => ({ seed: f.seed, problems: f.problems }));
  console.log(JSON.stringify({ db, runs: result.runs, failures, ms: result.ms, skipped: result.skipped }));
  process.exit(0);
}
if (result.skipped) {
  console.log(`soak skipped: ${result.skipped}`);
  process.exit(0);
}
console.log(
  `runs ${result.runs}, failures ${result.failures.length} (${db}, ${(result.ms / 1000).toFixed(1)} s)`,
);
for (const f of result.failures)
  console.log(`  replay: npm run soak -- --runs 1 --seed ${f.seed} --db ${db}`);
process.exit(result.failures.length > 0 ? 1 : 0);

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './types';

/**
 * `npm run bench [-- --json] [-- name-filter]`: runs every tests/bench/*.bench.ts and prints each
 * figure beside its goal. Benchmarks never run in `npm test`: speed is measured, not asserted.
 */
const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((a) => !a.startsWith('--'));
const dir = path.dirname(new URL(import.meta.url).pathname);

const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const all: BenchResult[] = [];
let failed = false;
for (const file of files) {
  try {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
    const results = await mod.run();
    for (const r of results) {
      all.push(r);
      if (json) console.log(JSON.stringify({ name: r.name, value: r.value, unit: r.unit, goal: r.goal }));
    }
  } catch (error) {
    failed = true;
    console.error(`bench ${file} failed:`, error);
  }
}

if (!json) {
  const rows = all.map((r) => [r.ok ? 'ok ' : 'MISS', r.name, `${round(r.value)} ${r.unit}`, r.goal]);
  const widths = [4, 0, 0, 0].map((w, i) => Math.max(w, ...rows.map((row) => row[i]!.length)));
  console.log(['', 'benchmark', 'value', 'goal'].map((h, i) => h.padEnd(widths[i]!)).join('  '));
  for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  console.log(`\n${all.filter((r) => r.ok).length} of ${all.length} figures meet their goals`);
}
process.exit(failed ? 1 : 0);

function round(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

import { rm } from 'node:fs/promises';
import { EXTENSION_PATH, launchWithExtension } from '../e2e/harness/browser';
import { startFixtureServer } from '../e2e/harness/fixture-server';
import { snapshotBuild } from './pages-seed';
import { treeCpuMs } from './process-cpu';
import type { BenchResult } from './types';

const ROWS = Number(process.env.IDB_FLOOR_ROWS ?? 100_000);

interface Variant {
  label: string;
  /** Bytes of filler per row. */
  size: number;
  /** Plain indexes on the store. */
  indexes: number;
  /** Entries of a multi-entry index per row (0: none). */
  multi: number;
}

/**
 * What IndexedDB itself costs in this Chromium, with no Meishi code at all: `ROWS` bare `put`s in
 * transactions of 1,000, from an extension page. The import of 100,000 people writes at least a
 * person and a relationship row each, so twice the first figure is the least any import in this
 * store's shape (one row per record) can take here.
 */
const VARIANTS: Variant[] = [
  { label: '50-byte rows, no index', size: 50, indexes: 0, multi: 0 },
  { label: '800-byte rows, 3 indexes (a person row)', size: 800, indexes: 3, multi: 0 },
  {
    label: '800-byte rows, 3 indexes + 12 multi-entry (with search tokens)',
    size: 800,
    indexes: 3,
    multi: 12,
  },
];

/** In the page, as a string: tsx would wrap a function in helpers the page lacks. */
const PUTS = (v: Variant, rows: number) => `(async () => {
  const v = ${JSON.stringify(v)};
  const name = 'floor-' + Math.random();
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('p', { keyPath: 'id' });
      for (let i = 0; i < v.indexes; i++) store.createIndex('i' + i, 'f' + i);
      if (v.multi) store.createIndex('m', 'tokens', { multiEntry: true });
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const pad = 'x'.repeat(v.size);
  const start = performance.now();
  for (let first = 0; first < ${rows}; first += 1000) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('p', 'readwrite');
      const store = tx.objectStore('p');
      for (let i = first; i < Math.min(${rows}, first + 1000); i++) {
        const row = { id: 'id' + String(i).padStart(8, '0'), pad, tokens: [] };
        for (let k = 0; k < v.indexes; k++) row['f' + k] = 'v' + (i % 1000) + k;
        for (let k = 0; k < v.multi; k++) row.tokens.push('t' + ((i * 7 + k) % 50000));
        store.put(row);
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  const ms = performance.now() - start;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
})()`;

export async function run(): Promise<BenchResult[]> {
  const extensionPath = await snapshotBuild(EXTENSION_PATH);
  const server = await startFixtureServer();
  const ext = await launchWithExtension(server, { extensionPath });
  const results: BenchResult[] = [];
  try {
    const page = await ext.openExtensionPage('options.html');
    const pid = ext.browser.process()?.pid;
    for (const v of VARIANTS) {
      const before = (await treeCpuMs(pid)).root;
      const wall = Number(await page.evaluate(PUTS(v, ROWS)));
      const browser = (await treeCpuMs(pid)).root - before;
      results.push({
        name: `IndexedDB floor: ${ROWS} puts, ${v.label}, wall`,
        value: Math.round(wall),
        unit: 'ms',
        goal: 'reported (no Meishi code)',
        ok: true,
      });
      results.push({
        name: `IndexedDB floor: ${ROWS} puts, ${v.label}, browser-process CPU`,
        value: browser,
        unit: 'ms',
        goal: 'reported',
        ok: true,
      });
    }
  } finally {
    await ext.close();
    await server.close();
    await rm(extensionPath, { recursive: true, force: true });
  }
  return results;
}

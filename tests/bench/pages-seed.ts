import type { Page } from 'puppeteer-core';
import { searchTokensOf } from '../../utils/db/search-index';
import { PersonSchema, type Person } from '../../utils/model';
import { buildFixture } from '../fixtures/dedup/build';

/**
 * The benchmark's 100,000 people (English and Japanese names, readings, companies, emails, phones,
 * tags), written straight into the extension's IndexedDB by the test harness: the rows and their
 * search tokens, exactly as the write path would store them. Seeding this way takes seconds; the
 * figures measured afterwards are the pages' own.
 */
export function benchPeople(n: number): Person[] {
  const fixture = buildFixture({ seed: 424242, entities: Math.ceil(n / 1.5), extraCompanies: 2500 });
  const tags = [
    'expo-2026',
    'sales',
    'partner',
    'tokyo',
    'osaka',
    'vip',
    'hiring',
    'investor',
    'press',
    'alumni',
  ];
  return fixture.people.slice(0, n).map((input, i) =>
    PersonSchema.parse({
      ...input,
      tags: [tags[i % tags.length]!, ...(i % 7 === 0 ? [tags[(i + 3) % tags.length]!] : [])],
      updatedAt: (input.updatedAt ?? 0) + i,
    }),
  );
}

const CHUNK = 5000;

export async function seedPeople(page: Page, people: readonly Person[]): Promise<void> {
  for (let i = 0; i < people.length; i += CHUNK) {
    const rows = people.slice(i, i + CHUNK);
    const search = rows.map((p) => ({
      ref: `person:${p.id}`,
      entity: 'person',
      id: p.id,
      tokens: searchTokensOf('person', p),
    }));
    // A string body: the page must not depend on helpers the bundler adds to functions.
    await page.evaluate(
      `(async (rows, search) => {
        const db = await new Promise((resolve, reject) => {
          const req = indexedDB.open('meishi');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction(['people', 'search'], 'readwrite');
          for (const row of rows) tx.objectStore('people').put(row);
          for (const row of search) tx.objectStore('search').put(row);
          tx.oncomplete = () => resolve(null);
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      })(${JSON.stringify(rows)}, ${JSON.stringify(search)})`,
    );
  }
}

/**
 * A private copy of the built extension: other work on this machine may rebuild .output while the
 * benchmark runs, and a page must never load half of one build and half of another.
 */
export async function snapshotBuild(from: string): Promise<string> {
  const { cp, mkdtemp, readFile, readdir } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  for (let attempt = 0; attempt < 5; attempt++) {
    const dir = await mkdtemp(path.join(tmpdir(), 'meishi-bench-ext-'));
    try {
      await cp(from, dir, { recursive: true });
      // Whole only if every chunk the pages name is there.
      const chunks = new Set(await readdir(path.join(dir, 'chunks')));
      const pages = await Promise.all(
        ['dashboard.html', 'popup.html', 'options.html'].map((f) => readFile(path.join(dir, f), 'utf8')),
      );
      const named = pages.flatMap((html) => [...html.matchAll(/\/chunks\/([^"]+\.js)/g)].map((m) => m[1]!));
      if (named.every((c) => chunks.has(c))) return dir;
    } catch {
      // Copied during a rebuild: try again.
    }
    await new Promise((r) => setTimeout(r, 3000));
  }
  throw new Error(`could not copy a complete build from ${from}`);
}

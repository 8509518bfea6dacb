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

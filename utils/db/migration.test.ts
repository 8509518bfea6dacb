import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import fixture from '../../tests/fixtures/db/v1.json';
import { MeishiDb } from './db';
import { SCHEMA_V1, SCHEMA_V2 } from './schema';
import { searchIds } from './search-index';

/** Writes the fixture as the v1 extension would have left it. */
async function makeV1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('people').bulkPut(fixture.people);
  await v1.table('companies').bulkPut(fixture.companies);
  await v1.table('outbox').bulkAdd(fixture.outbox);
  await v1.table('meta').bulkPut(fixture.meta);
  v1.close();
}

describe('schema upgrades', () => {
  it('v1 → v2 keeps every row and builds the search index', async () => {
    const name = `upgrade-${Math.random()}`;
    await makeV1(name);
    const db = new MeishiDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.people.count()).toBe(2);
    expect(await db.companies.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.meta.get('clientId'))?.value).toBe('abc');
    expect(await searchIds(db, 'person', 'やまだ')).toEqual(['019abc00-0000-7000-8000-000000000001']);
    expect(await searchIds(db, 'person', 'sample')).toEqual(['019abc00-0000-7000-8000-000000000001']);
    // Trashed people are not searchable.
    expect(await searchIds(db, 'person', 'ann')).toEqual([]);
    expect(await searchIds(db, 'company', 'acme')).toEqual(['019abc00-0000-7000-8000-0000000000c1']);
    db.close();
  });

  it('v2 → v3 keeps every row and adds an empty undo journal', async () => {
    const name = `upgrade3-${Math.random()}`;
    await makeV1(name);
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('search').put({ ref: 'person:x', entity: 'person', id: 'x', tokens: ['kept'] });
    v2.close();
    const db = new MeishiDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.people.count()).toBe(2);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.search.get('person:x'))?.tokens).toEqual(['kept']);
    expect(await db.journal.count()).toBe(0);
    await db.journal.put({ key: 'op:1', opId: '1', at: 5, value: { kind: 'import' } });
    expect(await db.journal.where('opId').equals('1').count()).toBe(1);
    db.close();
  });

  it('a failing upgrade aborts and leaves the data of the previous version intact', async () => {
    const name = `failing-${Math.random()}`;
    await makeV1(name);
    class Broken extends MeishiDb {
      constructor() {
        super(name);
        this.version(this.verno + 1)
          .stores({})
          .upgrade(() => {
            throw new Error('boom');
          });
      }
    }
    const broken = new Broken();
    await expect(broken.open()).rejects.toThrow();
    broken.close();
    const db = new MeishiDb(name);
    await db.open();
    expect(await db.people.count()).toBe(2);
    expect((await db.people.get('019abc00-0000-7000-8000-000000000001'))?.displayName).toBe('山田 太郎');
    db.close();
  });
});

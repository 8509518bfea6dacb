import { afterEach, describe, expect, it } from 'vitest';
import { RangeSet } from 'dexie';
import { restoreRecord, trashRecord, updateRecord } from '@/utils/db';
import { pointKeys } from './live-index';
import { createPeopleIndex, type PeopleIndex } from './people-index';
import { addPerson, eventually, freshDb, ME } from './test-helpers';

let index: PeopleIndex | undefined;
afterEach(() => index?.stop());

describe('the compact people index', () => {
  it('loads every live person in chunks and sorts them three ways', async () => {
    const db = freshDb();
    for (const [name, company] of [
      ['Jane Smith', 'Globex'],
      ['山田 太郎', 'Acme'],
      ['Aiko Tanaka', 'Initech'],
    ] as const) {
      await addPerson(db, { displayName: name, companyName: company });
    }
    const trashed = await addPerson(db, { displayName: 'Gone Person' });
    await trashRecord(db, 'person', trashed.id, ME);
    // A chunk of 2 makes the four rows load in three reads.
    index = createPeopleIndex(db, 2).start();
    await eventually(() => index!.ready);
    expect(index.size).toBe(3);
    expect(index.sorted('name').map((r) => r.name)).toEqual(['Aiko Tanaka', 'Jane Smith', '山田 太郎']);
    expect(index.sorted('company').map((r) => r.company)).toEqual(['Acme', 'Globex', 'Initech']);
    expect(index.sorted('recent')[0]!.name).toBe('Aiko Tanaka');
  });

  it('follows creates, edits, trash and restore made through the write path', async () => {
    const db = freshDb();
    const jane = await addPerson(db, { displayName: 'Jane Smith' });
    index = createPeopleIndex(db).start();
    await eventually(() => index!.ready);
    let notified = 0;
    index.subscribe(() => (notified += 1));

    const bob = await addPerson(db, { displayName: 'Bob Jones', tags: ['vip'] });
    await eventually(() => index!.get(bob.id) !== undefined);
    expect(index.get(bob.id)?.tags).toEqual(['vip']);

    await updateRecord(db, 'person', jane.id, { title: 'CTO' }, ME);
    await eventually(() => index!.get(jane.id)?.title === 'CTO');
    expect(index.sorted('recent')[0]!.id).toBe(jane.id);

    await trashRecord(db, 'person', bob.id, ME);
    await eventually(() => index!.get(bob.id) === undefined);
    expect(index.size).toBe(1);

    await restoreRecord(db, 'person', bob.id, ME);
    await eventually(() => index!.get(bob.id) !== undefined);
    expect(index.size).toBe(2);
    expect(notified).toBeGreaterThanOrEqual(4);
  });

  it('reloads everything after a change it cannot pin to single rows', async () => {
    const db = freshDb();
    await addPerson(db, { displayName: 'Jane Smith' });
    index = createPeopleIndex(db).start();
    await eventually(() => index!.ready);
    await db.people.clear();
    await eventually(() => index!.ready && index!.size === 0);
    expect(index.sorted('name')).toEqual([]);
  });
});

describe('pointKeys', () => {
  it('lists single keys and refuses true ranges', () => {
    const points = new RangeSet().addKeys(['b', 'a', 'c']);
    expect(pointKeys(points)?.sort()).toEqual(['a', 'b', 'c']);
    expect(pointKeys(new RangeSet('a', 'z'))).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { MeishiDb } from './db';
import { rowsWhereAnyOf } from './rows-where';

let db: MeishiDb;
beforeEach(async () => {
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
});

describe('rowsWhereAnyOf', () => {
  it('finds the rows of every value, each row once even under several multi-entry values', async () => {
    await db.keys.bulkPut([
      { ref: 'person:a', entity: 'person', id: 'a', keys: ['em:a@x.jp', 'ph:+8131'] },
      { ref: 'person:b', entity: 'person', id: 'b', keys: ['em:b@x.jp'] },
      { ref: 'person:c', entity: 'person', id: 'c', keys: ['em:c@x.jp'] },
    ]);
    const rows = await rowsWhereAnyOf(db.keys, 'keys', ['em:a@x.jp', 'ph:+8131', 'em:b@x.jp', 'em:none']);
    expect(rows.map((r) => r.ref).sort()).toEqual(['person:a', 'person:b']);
  });

  it('answers a plain index, a repeated value and no value at all', async () => {
    await db.meta.bulkPut([
      { key: 'x', value: 1 },
      { key: 'y', value: 2 },
    ]);
    expect((await rowsWhereAnyOf(db.meta, 'key', ['y', 'y'])).map((r) => r.key)).toEqual(['y']);
    expect(await rowsWhereAnyOf(db.meta, 'key', [])).toEqual([]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '@/utils/model';
import { MeishiDb } from './db';
import { keysAmong } from './keys-among';

let db: MeishiDb;
beforeEach(async () => {
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
});

const stamp = (ref: string) => ({ ref, stamps: {}, pending: {} });

describe('keysAmong', () => {
  it('finds the stored keys among ids minted together, and none of the others', async () => {
    const ids = Array.from({ length: 200 }, () => newId());
    const stored = ids.filter((_, i) => i % 7 === 0);
    await db.meta.bulkPut(stored.map((key) => ({ key, value: 1 })));
    expect((await keysAmong(db.meta, ids)).sort()).toEqual([...stored].sort());
  });

  it('answers for keys spread over a large table, where the range would read most of it', async () => {
    const all = Array.from({ length: 500 }, (_, i) => `k${String(i).padStart(4, '0')}`);
    await db.meta.bulkPut(all.map((key) => ({ key, value: 1 })));
    const asked = ['k0001', 'k0499', 'missing', 'k0250'];
    expect((await keysAmong(db.meta, asked)).sort()).toEqual(['k0001', 'k0250', 'k0499']);
  });

  it('keeps each entity prefix of refs to its own range', async () => {
    const person = newId();
    const rel = newId();
    await db.stamps.bulkPut([stamp(`person:${person}`), stamp(`relationship:${rel}`), stamp('person:zzz')]);
    const asked = [`person:${person}`, `relationship:${rel}`, `relationship:${person}`, 'company:x'];
    expect((await keysAmong(db.stamps, asked)).sort()).toEqual([`person:${person}`, `relationship:${rel}`]);
    expect(await keysAmong(db.stamps, [])).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDbForTests, type MeishiDb } from '@/utils/db';
import { candidate, knows, savedPerson, teamStore } from './inpage-test-setup';
import { lookup } from './lookup';
import { watchLookupCache } from './lookup-cache';

let db: MeishiDb;
beforeEach(async () => {
  db = await teamStore();
});
afterEach(() => setDbForTests(undefined));

/** Lets Dexie's change events of the last commit run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('look-up answers kept in the background', () => {
  it('answers a repeated look-up from memory, and afresh once the store changes', async () => {
    watchLookupCache();
    const taro = candidate();
    const first = await lookup({ candidates: [taro] });
    expect(first.results[0]).toMatchObject({ state: 'new' });
    expect((await lookup({ candidates: [taro] })).results[0]).toBe(first.results[0]);

    const saved = await savedPerson(db, 'aiko');
    await knows(db, 'aiko', saved.id);
    await settle();
    const after = await lookup({
      candidates: [taro, candidate({ name: 'Someone Else', emails: [], links: [] })],
    });
    expect(after.results[0]).toMatchObject({ state: 'known', knownBy: [{ memberId: 'aiko' }] });
    expect(after.results[1]).toMatchObject({ state: 'new' });
  });
});

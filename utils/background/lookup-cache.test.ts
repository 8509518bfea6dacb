import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDbForTests, type MeishiDb } from '@/utils/db';
import { updateSettings } from '@/utils/settings/settings';
import { candidate, knows, savedPerson, teamStore } from './inpage-test-setup';
import { lookup } from './lookup';
import { watchLookupCache } from './lookup-cache';
import { lookupContext } from './lookup-context';

let db: MeishiDb;
beforeEach(async () => {
  db = await teamStore();
  watchLookupCache();
});
afterEach(() => setDbForTests(undefined));

/** Lets Dexie's change events of the last commit run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('look-up answers kept in the background', () => {
  it('answers a repeated look-up from memory, and afresh once the store changes', async () => {
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

describe('lookupContext', () => {
  it('is kept between look-ups and read again when membership, names or settings change', async () => {
    const first = await lookupContext();
    expect(first.actor.memberId).toBe('me');
    expect(await lookupContext()).toBe(first);

    await db.meta.put({ key: 'memberId', value: 'aiko' });
    await settle();
    const joined = await lookupContext();
    expect(joined.actor.memberId).toBe('aiko');
    expect(joined.names.get('ben')).toBe('Ben Ito');

    await updateSettings({ phoneRegion: 'US' });
    await settle();
    expect((await lookupContext()).actor.region).toBe('US');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDbForTests, type MeishiDb } from '@/utils/db';
import { updateSettings } from '@/utils/settings/settings';
import { teamStore } from './inpage-test-setup';
import { lookupContext, watchLookupContext } from './lookup-context';

let db: MeishiDb;
beforeEach(async () => {
  db = await teamStore();
});
afterEach(() => setDbForTests(undefined));

/** Resolves once Dexie's change events of the last commit have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('lookupContext', () => {
  it('is kept between look-ups and read again when membership, names or settings change', async () => {
    watchLookupContext();
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

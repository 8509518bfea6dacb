import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDbForTests, type MeishiDb } from '@/utils/db';
import { knows, savedPerson, teamStore } from './inpage-test-setup';
import { addTask, askIntro, iKnowThem } from './person-actions';
import { tags } from './tags';

let db: MeishiDb;
beforeEach(async () => {
  db = await teamStore();
});
afterEach(() => setDbForTests(undefined));

describe('person actions from the popover', () => {
  it('records "I know them" once and updates it after', async () => {
    const p = await savedPerson(db, 'aiko');
    const first = await iKnowThem({ personId: p.id, how: 'Tokyo Expo booth', metAt: 1_700_000_000_000 });
    expect(first.created).toBe(true);
    const second = await iKnowThem({ personId: p.id, where: 'Tokyo Big Sight' });
    expect(second).toEqual({ relationshipId: first.relationshipId, created: false });
    const rel = await db.relationships.get(first.relationshipId);
    expect(rel).toMatchObject({ memberId: 'me', how: 'Tokyo Expo booth', where: 'Tokyo Big Sight' });
    expect(await db.outbox.count()).toBeGreaterThan(0);
  });

  it('refuses actions on a card the viewer may not see', async () => {
    const hidden = await savedPerson(db, 'chie', 'private');
    await expect(iKnowThem({ personId: hidden.id })).rejects.toThrow(/not saved/);
    await expect(addTask({ title: 'call', personId: hidden.id })).rejects.toThrow(/not saved/);
  });

  it('adds a task assigned to me, as private as the card', async () => {
    const p = await savedPerson(db, 'me', 'signal');
    const { taskId } = await addTask({ title: 'Send the deck', personId: p.id, due: 1_800_000_000_000 });
    expect(await db.tasks.get(taskId)).toMatchObject({ assignee: 'me', visibility: 'private', done: false });
  });

  it('asks for an intro only through a teammate who is seen to know them', async () => {
    const p = await savedPerson(db, 'aiko');
    await knows(db, 'aiko', p.id);
    await knows(db, 'chie', p.id, 'private');
    const { introRequestId } = await askIntro({
      personId: p.id,
      introducerId: 'aiko',
      message: 'Could you?',
    });
    expect(await db.introRequests.get(introRequestId)).toMatchObject({
      requesterId: 'me',
      introducerId: 'aiko',
      status: 'asked',
      history: [{ status: 'asked', by: 'me' }],
    });
    await expect(askIntro({ personId: p.id, introducerId: 'chie', message: 'x' })).rejects.toThrow(
      /not known/,
    );
    await expect(askIntro({ personId: p.id, introducerId: 'me', message: 'x' })).rejects.toThrow(/yourself/);
  });

  it('offers existing tags by prefix, then by substring', async () => {
    await savedPerson(db, 'me', 'team', { tags: ['expo-2026', 'Prospect', 'vip-expo'] });
    expect((await tags({ prefix: 'ex' })).tags).toEqual(['expo-2026', 'vip-expo']);
    expect((await tags({ prefix: '' })).tags).toHaveLength(3);
  });
});

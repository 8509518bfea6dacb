import { describe, expect, it } from 'vitest';
import { createRecord, refOf } from '@/utils/db';
import { eraseLocally } from './erase-local';
import { freshDb, ME } from '../store/test-helpers';

describe('erasing a person from this browser', () => {
  it('removes them and everything about them, and only them', async () => {
    const db = freshDb();
    const taro = await createRecord(
      db,
      'person',
      { displayName: 'Taro', emails: [{ value: 'taro@acme.example' }] },
      ME,
    );
    const jane = await createRecord(db, 'person', { displayName: 'Jane' }, ME);
    await createRecord(db, 'relationship', { memberId: 'local', personId: taro.id }, ME);
    await createRecord(db, 'task', { title: 'Call Taro', personId: taro.id }, ME);
    const alone = await createRecord(
      db,
      'interaction',
      { memberId: 'local', personIds: [taro.id], kind: 'call', at: 1 },
      ME,
    );
    const shared = await createRecord(
      db,
      'interaction',
      { memberId: 'local', personIds: [taro.id, jane.id], kind: 'meeting', at: 2 },
      ME,
    );

    const removed = await eraseLocally(db, taro.id);

    expect(removed).toBe(4);
    expect(await db.people.get(taro.id)).toBeUndefined();
    expect(await db.relationships.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
    expect(await db.interactions.get(alone.id)).toBeUndefined();
    expect((await db.interactions.get(shared.id))?.personIds).toEqual([jane.id]);
    expect(await db.keys.get(refOf('person', taro.id))).toBeUndefined();
    expect(await db.search.get(refOf('person', taro.id))).toBeUndefined();
    expect(await db.stamps.get(refOf('person', taro.id))).toBeUndefined();
    const queued = await db.outbox.toArray();
    expect(queued.some((row) => row.mutation.entityId === taro.id)).toBe(false);
    expect(JSON.stringify(queued)).not.toContain(taro.id);
    expect(await db.people.get(jane.id)).toBeDefined();
  });
});

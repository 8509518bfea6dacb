import { beforeEach, describe, expect, it } from 'vitest';
import { createRecord, findByKeys, MeishiDb } from '@/utils/db';
import type { Person } from '@/utils/model';
import { findCandidates } from './candidates';
import { getOp } from './journal';
import { autoMerge, markNotDuplicate, mergePeople } from './merge';
import { defaultChoices } from './merge-plan';
import { undoOp } from './undo';

const actor = { memberId: 'local', region: 'JP' };
let db: MeishiDb;

beforeEach(async () => {
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
});

const withoutStamps = (p: Person | undefined) => {
  if (!p) return p;
  const { updatedAt: _u, updatedBy: _b, ...rest } = p;
  return rest;
};

async function pair() {
  const a = await createRecord(
    db,
    'person',
    {
      displayName: '山田 太郎',
      familyName: '山田',
      title: '課長',
      emails: [{ value: 'taro@sample.co.jp' }],
      phones: [{ raw: '03-1234-5678', e164: '+81312345678' }],
      provenance: { title: [{ source: 'import:csv', at: 100, confidence: 0.9 }] },
      tags: ['expo'],
    },
    actor,
  );
  const b = await createRecord(
    db,
    'person',
    {
      displayName: 'Yamada Taro',
      title: '部長',
      companyName: '株式会社サンプル',
      emails: [{ value: 'yamada@gmail.com' }],
      phones: [{ raw: '+81 3-1234-5678', e164: '+81312345678' }],
      provenance: { title: [{ source: 'manual', at: 200, confidence: 1 }] },
      tags: ['Expo', 'vip'],
      notes: 'Met at the booth',
    },
    actor,
  );
  const other = await createRecord(db, 'person', { displayName: 'Sato Hanako' }, actor);
  const relA = await createRecord(
    db,
    'relationship',
    { personId: a.id, memberId: 'local', how: 'expo' },
    actor,
  );
  const relB = await createRecord(
    db,
    'relationship',
    { personId: b.id, memberId: 'local', metAt: 5, happyToIntroduce: true },
    actor,
  );
  const relB2 = await createRecord(db, 'relationship', { personId: b.id, memberId: 'm2' }, actor);
  const meeting = await createRecord(
    db,
    'interaction',
    { personIds: [b.id, other.id], memberId: 'local', kind: 'meeting', at: 10 },
    actor,
  );
  const both = await createRecord(
    db,
    'interaction',
    { personIds: [a.id, b.id], memberId: 'local', kind: 'call', at: 11 },
    actor,
  );
  const task = await createRecord(db, 'task', { title: 'Send proposal', personId: b.id }, actor);
  const intro = await createRecord(
    db,
    'introRequest',
    { requesterId: 'local', introducerId: 'm2', targetPersonId: b.id, message: 'Please introduce me' },
    actor,
  );
  return { a, b, other, relA, relB, relB2, meeting, both, task, intro };
}

describe('merge', () => {
  it('defaults each field to the surest, then most recent, value', async () => {
    const { a, b } = await pair();
    const choices = defaultChoices(a, b);
    expect(choices.title).toBe('b');
    expect(choices.companyName).toBe('b');
    expect(choices.familyName).toBe('a');
  });

  it('keeps every email and phone, re-points links, folds relationships, in one synced operation', async () => {
    const s = await pair();
    const queued = await db.outbox.count();
    const { opId } = await mergePeople(db, s.a.id, s.b.id, { displayName: 'a' }, actor);
    const a = await db.people.get(s.a.id);
    expect(a?.displayName).toBe('山田 太郎');
    expect(a?.title).toBe('部長');
    expect(a?.companyName).toBe('株式会社サンプル');
    expect(a?.emails.map((e) => e.value)).toEqual(['taro@sample.co.jp', 'yamada@gmail.com']);
    expect(a?.phones).toHaveLength(1);
    expect(a?.tags).toEqual(['expo', 'vip']);
    expect(a?.notes).toBe('Met at the booth');
    expect(a?.provenance.title?.at(-1)?.source).toBe('merge');
    expect((await db.people.get(s.b.id))?.deletedAt).toBeTypeOf('number');
    expect((await findByKeys(db, ['email:yamada@gmail.com'])).get(`person:${s.a.id}`)).toBeDefined();

    const rels = await db.relationships.toArray();
    const kept = rels.find((r) => r.id === s.relA.id);
    expect(kept).toMatchObject({ personId: s.a.id, how: 'expo', metAt: 5, happyToIntroduce: true });
    expect(rels.find((r) => r.id === s.relB.id)?.deletedAt).toBeTypeOf('number');
    expect(rels.find((r) => r.id === s.relB2.id)?.personId).toBe(s.a.id);
    expect((await db.interactions.get(s.meeting.id))?.personIds).toEqual([s.a.id, s.other.id]);
    expect((await db.interactions.get(s.both.id))?.personIds).toEqual([s.a.id]);
    expect((await db.tasks.get(s.task.id))?.personId).toBe(s.a.id);
    expect((await db.introRequests.get(s.intro.id))?.targetPersonId).toBe(s.a.id);
    // Everything went to the outbox, from a single transaction.
    expect(await db.outbox.count()).toBe(queued + 9);
    expect((await getOp(db, opId))?.kind).toBe('merge');
  });

  it('undo restores both records and every link exactly', async () => {
    const s = await pair();
    const snapshot = async () => ({
      people: (await db.people.toArray()).map(withoutStamps),
      relationships: (await db.relationships.toArray()).map(({ updatedAt: _u, ...r }) => r),
      interactions: (await db.interactions.toArray()).map(({ updatedAt: _u, ...r }) => r),
      tasks: (await db.tasks.toArray()).map(({ updatedAt: _u, ...r }) => r),
      intros: (await db.introRequests.toArray()).map(({ updatedAt: _u, ...r }) => r),
    });
    const before = await snapshot();
    const { opId } = await mergePeople(db, s.a.id, s.b.id, {}, actor);
    const result = await undoOp(db, opId, actor);
    expect(result.kept).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect((await findByKeys(db, ['email:yamada@gmail.com'])).get(`person:${s.b.id}`)).toBeDefined();
  });

  it('refuses to merge someone already merged away', async () => {
    const s = await pair();
    await mergePeople(db, s.a.id, s.b.id, {}, actor);
    await expect(mergePeople(db, s.other.id, s.b.id, {}, actor)).rejects.toThrow(/no longer here/);
  });
});

describe('duplicates', () => {
  it('finds exact groups and review pairs, and forgets pairs marked not the same person', async () => {
    const a = await createRecord(
      db,
      'person',
      { displayName: 'Ann Lee', emails: [{ value: 'ann@acme.com' }] },
      actor,
    );
    const b = await createRecord(
      db,
      'person',
      { displayName: 'Ann Lee', emails: [{ value: 'Ann@Acme.com' }] },
      actor,
    );
    const c = await createRecord(db, 'person', { displayName: 'Ken Mori', companyName: 'Acme' }, actor);
    const d = await createRecord(db, 'person', { displayName: 'Ken Mori', companyName: 'Acme' }, actor);
    const found = await findCandidates(db, 'JP');
    expect(found.autoMerge.map((g) => [...g.personIds].sort())).toEqual([[a.id, b.id].sort()]);
    expect(found.review.map((p) => [p.a, p.b].sort())).toContainEqual([c.id, d.id].sort());

    await markNotDuplicate(db, c.id, d.id, actor);
    expect((await db.people.get(c.id))?.notDuplicateOf).toEqual([d.id]);
    const outbox = await db.outbox.toArray();
    expect(outbox.at(-1)?.mutation.fields.notDuplicateOf?.value).toEqual([c.id]);
    const again = await findCandidates(db, 'JP');
    expect(again.review.map((p) => [p.a, p.b].sort())).not.toContainEqual([c.id, d.id].sort());
  });

  it('auto-merges exact groups into the oldest record, undoable in one step', async () => {
    const ids: string[] = [];
    for (const email of ['ann@acme.com', 'ANN@acme.com', 'ann@acme.com']) {
      ids.push(
        (await createRecord(db, 'person', { displayName: 'Ann Lee', emails: [{ value: email }] }, actor)).id,
      );
    }
    const solo = await createRecord(
      db,
      'person',
      { displayName: 'Bo', emails: [{ value: 'bo@x.com' }] },
      actor,
    );
    const bo2 = await createRecord(
      db,
      'person',
      { displayName: 'Bo', emails: [{ value: 'bo@x.com' }] },
      actor,
    );
    const found = await findCandidates(db, 'JP');
    const result = await autoMerge(
      db,
      found.autoMerge.map((g) => g.personIds),
      actor,
      undefined,
      1,
    );
    expect(result).toMatchObject({ groups: 2, merged: 3 });
    const live = (await db.people.toArray()).filter((p) => p.deletedAt == null).map((p) => p.id);
    expect(live.sort()).toEqual([ids[0]!, solo.id].sort());
    await undoOp(db, result.opId, actor);
    const back = (await db.people.toArray()).filter((p) => p.deletedAt == null).map((p) => p.id);
    expect(back.sort()).toEqual([...ids, solo.id, bo2.id].sort());
  });
});

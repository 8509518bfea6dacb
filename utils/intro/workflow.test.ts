import { beforeEach, describe, expect, it } from 'vitest';
import { createRecord, MeishiDb } from '../db';
import { askForIntro, IntroRuleError, moveIntro } from './workflow';

const NOW = Date.parse('2026-10-16T09:00:00Z');
const mia = { memberId: 'mia', region: 'JP' };
const aiko = { memberId: 'aiko', region: 'JP' };
const ben = { memberId: 'ben', region: 'JP' };
let db: MeishiDb;
let kenjiId: string;

beforeEach(async () => {
  db = new MeishiDb(`test-${Math.random()}`);
  db.clock = () => NOW;
  await db.open();
  kenjiId = (await createRecord(db, 'person', { displayName: 'Kenji Mori', companyName: 'Hayabusa' }, aiko))
    .id;
});

async function outboxFor(entityId: string) {
  return (await db.outbox.toArray()).filter((o) => o.mutation.entityId === entityId).map((o) => o.mutation);
}

describe('the intro workflow on one replica', () => {
  it('asks with a first timeline step, and queues it for sync', async () => {
    const req = await askForIntro(db, mia, {
      introducerId: 'aiko',
      targetPersonId: kenjiId,
      message: ' Hi Aiko ',
    });
    expect(req).toMatchObject({
      requesterId: 'mia',
      introducerId: 'aiko',
      status: 'asked',
      message: 'Hi Aiko',
    });
    expect(req.history).toEqual([{ status: 'asked', at: NOW, by: 'mia' }]);
    const [m] = await outboxFor(req.id);
    expect(m).toMatchObject({ entity: 'introRequest', op: 'put' });
    expect(m?.fields.status?.value).toBe('asked');
  });

  it('refuses asking yourself or sending no words', async () => {
    await expect(
      askForIntro(db, mia, { introducerId: 'mia', targetPersonId: kenjiId, message: 'x' }),
    ).rejects.toThrow(IntroRuleError);
    await expect(
      askForIntro(db, mia, { introducerId: 'aiko', targetPersonId: kenjiId, message: '  ' }),
    ).rejects.toThrow('Write a few words');
  });

  it('accepts: status and step as one field update, and a private follow-up task for the requester', async () => {
    const req = await askForIntro(db, mia, { introducerId: 'aiko', targetPersonId: kenjiId, message: 'Hi' });
    const { request, task } = await moveIntro(db, aiko, req.id, 'accept', {
      lang: 'en',
      names: { introducer: 'Aiko Kato' },
    });
    expect(request.status).toBe('accepted');
    expect(request.history.map((h) => [h.status, h.by])).toEqual([
      ['asked', 'mia'],
      ['accepted', 'aiko'],
    ]);
    expect(task).toMatchObject({
      title: "Follow up with Kenji Mori after Aiko Kato's introduction",
      personId: kenjiId,
      assignee: 'mia',
      visibility: 'private',
      createdBy: 'aiko',
      done: false,
    });
    expect(task?.due).toBe(NOW + 7 * 86_400_000);
    const patch = (await outboxFor(req.id)).at(-1);
    expect(patch?.op).toBe('patch');
    // Only the workflow's own fields (and the record's meta) change: never the message or the parties.
    const fields = Object.keys(patch?.fields ?? {}).filter((f) => !f.startsWith('updated'));
    expect(fields.sort()).toEqual(['history', 'status']);
    expect(await outboxFor(task!.id)).toHaveLength(1);
  });

  it('declines with a reason both sides read, and makes no task', async () => {
    const req = await askForIntro(db, mia, { introducerId: 'aiko', targetPersonId: kenjiId, message: 'Hi' });
    const { request, task } = await moveIntro(db, aiko, req.id, 'decline', {
      reason: ' Not the right time ',
    });
    expect(request).toMatchObject({ status: 'declined', reason: 'Not the right time' });
    expect(task).toBeUndefined();
    expect(await db.tasks.count()).toBe(0);
  });

  it('refuses moves the rules forbid, and changes nothing', async () => {
    const req = await askForIntro(db, mia, { introducerId: 'aiko', targetPersonId: kenjiId, message: 'Hi' });
    const queued = await db.outbox.count();
    await expect(moveIntro(db, mia, req.id, 'accept')).rejects.toThrow(
      'Only the introducer can mark it accepted.',
    );
    await expect(moveIntro(db, ben, req.id, 'withdraw')).rejects.toThrow(IntroRuleError);
    await expect(moveIntro(db, aiko, req.id, 'done')).rejects.toThrow('cannot be done');
    expect(await db.outbox.count()).toBe(queued);
    expect((await db.introRequests.get(req.id))?.status).toBe('asked');
    // An admin may answer for anyone, still only along the arrows.
    const { request } = await moveIntro(db, { ...ben, admin: true }, req.id, 'accept');
    expect(request.history.at(-1)).toMatchObject({ status: 'accepted', by: 'ben' });
  });

  it('runs the whole way: ask, accept, done; or withdraw', async () => {
    const a = await askForIntro(db, mia, { introducerId: 'aiko', targetPersonId: kenjiId, message: 'Hi' });
    await moveIntro(db, aiko, a.id, 'accept');
    const done = await moveIntro(db, mia, a.id, 'done');
    expect(done.request.history.map((h) => h.status)).toEqual(['asked', 'accepted', 'done']);
    const b = await askForIntro(db, mia, { introducerId: 'aiko', targetPersonId: kenjiId, message: 'Hi' });
    const w = await moveIntro(db, mia, b.id, 'withdraw');
    expect(w.request.status).toBe('withdrawn');
    await expect(moveIntro(db, aiko, b.id, 'accept')).rejects.toThrow('withdrawn');
  });
});

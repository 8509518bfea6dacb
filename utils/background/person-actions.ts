import { createRecord, getDb, inOneTransaction, updateRecord } from '@/utils/db';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import { currentActor } from './actor';
import { visiblePersonById } from './find-visible';
import { askIntroFromPage } from './intro-ask';

/** "I know them": the viewer's own relationship with a saved person, made or brought up to date. */
export async function iKnowThem(data: MessageData<'iKnowThem'>): Promise<Replies['iKnowThem']> {
  const db = getDb();
  const actor = await currentActor();
  const found = await visiblePersonById(db, data.personId, actor.memberId);
  if (!found) throw new Error('That person is not saved.');
  const fields = {
    ...(data.how ? { how: data.how } : {}),
    ...(data.where ? { where: data.where } : {}),
    ...(data.metAt !== undefined ? { metAt: data.metAt } : {}),
  };
  return inOneTransaction(db, async () => {
    const mine = await db.relationships
      .where('personId')
      .equals(data.personId)
      .filter((r) => r.memberId === actor.memberId && r.deletedAt == null)
      .first();
    if (mine) {
      await updateRecord(db, 'relationship', mine.id, fields, actor);
      return { relationshipId: mine.id, created: false };
    }
    const created = await createRecord(
      db,
      'relationship',
      {
        memberId: actor.memberId,
        personId: data.personId,
        metAt: data.metAt ?? Date.now(),
        ...fields,
        // A relationship is never more visible than the card it hangs on.
        visibility: found.record.visibility,
      },
      actor,
    );
    return { relationshipId: created.id, created: true };
  });
}

export async function addTask(data: MessageData<'addTask'>): Promise<Replies['addTask']> {
  const db = getDb();
  const actor = await currentActor();
  let visibility: 'private' | 'signal' | 'team' = 'team';
  if (data.personId) {
    const found = await visiblePersonById(db, data.personId, actor.memberId);
    if (!found) throw new Error('That person is not saved.');
    visibility = found.record.visibility;
  }
  const task = await createRecord(
    db,
    'task',
    {
      title: data.title,
      ...(data.personId ? { personId: data.personId } : {}),
      ...(data.companyId ? { companyId: data.companyId } : {}),
      ...(data.due !== undefined ? { due: data.due } : {}),
      assignee: actor.memberId,
      visibility: visibility === 'signal' ? 'private' : visibility,
    },
    actor,
  );
  return { taskId: task.id };
}

/** Ask a teammate for an introduction: the workflow's rules live in intro-ask.ts. */
export async function askIntro(data: MessageData<'askIntro'>): Promise<Replies['askIntro']> {
  return askIntroFromPage(data);
}

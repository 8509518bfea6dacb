import { createRecord, getDb } from '@/utils/db';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import { currentActor } from './actor';

export async function logInteraction(
  data: MessageData<'logInteraction'>,
): Promise<Replies['logInteraction']> {
  const db = getDb();
  const actor = await currentActor();
  const person = await db.people.get(data.personId);
  if (!person || person.deletedAt != null) throw new Error('That person is not saved.');
  const interaction = await createRecord(
    db,
    'interaction',
    {
      memberId: actor.memberId,
      personIds: [data.personId],
      kind: data.kind,
      at: data.at,
      ...(data.where ? { where: data.where } : {}),
      ...(data.note ? { note: data.note } : {}),
      visibility: person.visibility,
    },
    actor,
  );
  return { interactionId: interaction.id };
}

import { refOf, type MeishiDb } from '@/utils/db';
import type { EntityName } from '@/utils/model';

/**
 * Erase a person from this browser only (used before joining a team, when nothing has left it):
 * the record, their relationships, tasks and intro requests, interactions with them alone, their
 * keys, search tokens, field stamps and queued changes, in one transaction. Interactions with
 * other people too keep those people and lose this one, in the row and in its queued changes.
 */
export async function eraseLocally(db: MeishiDb, personId: string): Promise<number> {
  return db.transaction(
    'rw',
    [
      db.people,
      db.relationships,
      db.interactions,
      db.tasks,
      db.introRequests,
      db.keys,
      db.search,
      db.stamps,
      db.outbox,
    ],
    async () => {
      const [rels, interactions, tasks, intros] = await Promise.all([
        db.relationships.where('personId').equals(personId).toArray(),
        db.interactions.where('personIds').equals(personId).toArray(),
        db.tasks.where('personId').equals(personId).toArray(),
        db.introRequests.where('targetPersonId').equals(personId).toArray(),
      ]);
      const gone: { entity: EntityName; id: string }[] = [{ entity: 'person', id: personId }];
      gone.push(...rels.map((r) => ({ entity: 'relationship' as const, id: r.id })));
      gone.push(...tasks.map((t) => ({ entity: 'task' as const, id: t.id })));
      gone.push(...intros.map((q) => ({ entity: 'introRequest' as const, id: q.id })));
      for (const it of interactions) {
        const others = it.personIds.filter((p) => p !== personId);
        if (others.length === 0) gone.push({ entity: 'interaction', id: it.id });
        else {
          await db.interactions.put({ ...it, personIds: others });
          // A queued change must not carry the erased id to a team server joined later.
          await db.outbox
            .where('mutation.entityId')
            .equals(it.id)
            .modify((row) => {
              const field = row.mutation.fields.personIds;
              if (field) field.value = others;
            });
        }
      }
      await db.people.delete(personId);
      await db.relationships.bulkDelete(rels.map((r) => r.id));
      await db.tasks.bulkDelete(tasks.map((t) => t.id));
      await db.introRequests.bulkDelete(intros.map((q) => q.id));
      await db.interactions.bulkDelete(gone.filter((g) => g.entity === 'interaction').map((g) => g.id));
      const refs = gone.map((g) => refOf(g.entity, g.id));
      await db.keys.bulkDelete(refs);
      await db.search.bulkDelete(refs);
      await db.stamps.bulkDelete(refs);
      await db.outbox
        .where('mutation.entityId')
        .anyOf(gone.map((g) => g.id))
        .delete();
      return gone.length;
    },
  );
}

import { createRecord, findPeopleForCandidate, getDb, inOneTransaction, updateRecord } from '@/utils/db';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import { getSettings } from '@/utils/settings/settings';
import { currentActor } from './actor';
import { candidateToPerson, mergeCandidateInto } from './candidate-to-person';

/**
 * Save a spotted person with how/when/where we met. When a hard identity key (email, phone,
 * LinkedIn) already names a saved person, the new facts are added to that card instead of
 * creating a duplicate.
 */
export async function savePerson(data: MessageData<'savePerson'>): Promise<Replies['savePerson']> {
  const db = getDb();
  const [actor, settings] = await Promise.all([currentActor(), getSettings()]);
  const now = Date.now();
  const draft = candidateToPerson(data.candidate, { memberId: actor.memberId, region: actor.region, now });
  return inOneTransaction(db, async () => {
    let targetId = data.mergeInto;
    if (!targetId) {
      const matches = await findPeopleForCandidate(db, data.candidate, actor.region);
      targetId = matches.find((m) => m.matched.some((k) => !k.startsWith('pn:')))?.person.id;
    }
    const existing = targetId ? await db.people.get(targetId) : undefined;
    let personId: string;
    if (existing && existing.deletedAt == null) {
      const merged = mergeCandidateInto(existing, draft);
      const tags = [...new Set([...existing.tags, ...data.tags])];
      await updateRecord(db, 'person', existing.id, { ...merged, tags }, actor);
      personId = existing.id;
    } else {
      const created = await createRecord(
        db,
        'person',
        {
          ...draft,
          tags: data.tags,
          status: data.status ?? 'contact',
          visibility: data.visibility ?? settings.defaultVisibility,
        },
        actor,
      );
      personId = created.id;
    }
    const mine = await db.relationships
      .where('personId')
      .equals(personId)
      .filter((r) => r.memberId === actor.memberId && r.deletedAt == null)
      .first();
    if (!mine) {
      await createRecord(
        db,
        'relationship',
        {
          memberId: actor.memberId,
          personId,
          how: data.how ?? foundOn(data.candidate.url, now),
          metAt: data.metAt ?? now,
          ...(data.where ? { where: data.where } : {}),
          visibility: data.visibility ?? settings.defaultVisibility,
        },
        actor,
      );
    }
    return { personId, created: !existing };
  });
}

/** "found on linkedin.com, 2026-11-24": the default answer to "how do we know them". */
export function foundOn(url: string | undefined, now: number): string {
  const date = new Date(now).toISOString().slice(0, 10);
  try {
    return url ? `found on ${new URL(url).hostname.replace(/^www\./, '')}, ${date}` : `saved ${date}`;
  } catch {
    return `saved ${date}`;
  }
}

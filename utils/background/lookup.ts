import { findPeopleForCandidate, getDb } from '@/utils/db';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import type { Person, Relationship } from '@/utils/model';
import { currentActor } from './actor';
import { memberNames } from './members';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts
    .map((p) => [...p][0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/** One batched answer for all candidates of a page: new, saved by me, or known by teammates. */
export async function lookup(data: MessageData<'lookup'>): Promise<Replies['lookup']> {
  const db = getDb();
  const actor = await currentActor();
  const names = await memberNames();
  const results: Replies['lookup']['results'] = [];
  for (const candidate of data.candidates) {
    const matches = await findPeopleForCandidate(db, candidate, actor.region);
    const hard = matches.find((m) => m.matched.some((k) => !k.startsWith('pn:')));
    const person: Person | undefined = (hard ?? matches[0])?.person;
    if (!person) {
      results.push({ state: 'new', knownBy: [] });
      continue;
    }
    const rels: Relationship[] = await db.relationships
      .where('personId')
      .equals(person.id)
      .filter((r) => r.deletedAt == null)
      .toArray();
    const others = rels.filter((r) => r.memberId !== actor.memberId);
    const mine = rels.some((r) => r.memberId === actor.memberId);
    const knownBy = others.map((r) => {
      const name = names.get(r.memberId) ?? r.memberId;
      return { memberId: r.memberId, name, initials: initials(name) };
    });
    results.push({ state: mine || others.length === 0 ? 'saved' : 'known', personId: person.id, knownBy });
  }
  return { results };
}

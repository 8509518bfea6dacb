import { companyNameKey } from '../identity';
import type { Id, Interaction, MemberId, Person, Relationship } from '../model';

/** One member's ties with one person: their relationship row and their interactions with them. */
export interface Tie {
  memberId: MemberId;
  personId: Id;
  relationship?: Relationship;
  interactions: Interaction[];
}

/** personId → memberId → tie, for the people asked about; one pass over each table, deleted rows skipped. */
export function tiesOf(
  personIds: ReadonlySet<Id>,
  relationships: readonly Relationship[],
  interactions: readonly Interaction[],
): Map<Id, Map<MemberId, Tie>> {
  const out = new Map<Id, Map<MemberId, Tie>>();
  const tie = (personId: Id, memberId: MemberId): Tie => {
    let byMember = out.get(personId);
    if (!byMember) {
      byMember = new Map();
      out.set(personId, byMember);
    }
    let t = byMember.get(memberId);
    if (!t) {
      t = { memberId, personId, interactions: [] };
      byMember.set(memberId, t);
    }
    return t;
  };
  for (const r of relationships) {
    if (r.deletedAt != null || !personIds.has(r.personId)) continue;
    tie(r.personId, r.memberId).relationship = r;
  }
  for (const it of interactions) {
    if (it.deletedAt != null) continue;
    for (const pid of new Set(it.personIds))
      if (personIds.has(pid)) tie(pid, it.memberId).interactions.push(it);
  }
  return out;
}

/**
 * The keys a person's company is known by: its record id and its name key. Two people work at the
 * same company when any key agrees, so a card with only "ACME Corp." meets one linked to the record.
 */
export function companyKeysOf(p: Pick<Person, 'companyId' | 'companyName'>): string[] {
  const keys: string[] = [];
  if (p.companyId) keys.push(`id:${p.companyId}`);
  if (p.companyName) {
    const k = companyNameKey(p.companyName);
    if (k.ok) keys.push(`name:${k.key}`);
  }
  return keys;
}

export function sharesCompany(
  keys: readonly string[],
  p: Pick<Person, 'companyId' | 'companyName'>,
): boolean {
  if (keys.length === 0) return false;
  return companyKeysOf(p).some((k) => keys.includes(k));
}

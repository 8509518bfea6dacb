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
    const ids = it.personIds;
    for (let k = 0; k < ids.length; k += 1) {
      const pid = ids[k] ?? '';
      // Skip people we weren't asked about, and a person listed twice in one interaction.
      if (personIds.has(pid) && ids.indexOf(pid) === k) tie(pid, it.memberId).interactions.push(it);
    }
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
    const k = nameKey(p.companyName);
    if (k) keys.push(k);
  }
  return keys;
}

// Every colleague carries the same company name, and its key costs microseconds: fold each once.
const nameKeys = new Map<string, string | null>();
function nameKey(name: string): string | null {
  let key = nameKeys.get(name);
  if (key === undefined) {
    const k = companyNameKey(name);
    key = k.ok ? `name:${k.key}` : null;
    if (nameKeys.size >= 50_000) nameKeys.clear();
    nameKeys.set(name, key);
  }
  return key;
}

export function sharesCompany(
  keys: readonly string[],
  p: Pick<Person, 'companyId' | 'companyName'>,
): boolean {
  if (keys.length === 0) return false;
  return companyKeysOf(p).some((k) => keys.includes(k));
}

import type { Person, Provenance, ProvenanceMap } from '@/utils/model';
import { confidenceOf, emailIdentity, linkIdentity, phoneIdentity, unionBy } from './absorb';

/** Fields where one record's value wins; the user picks per field in the merge dialog. */
export const CHOICE_FIELDS = [
  'displayName',
  'givenName',
  'familyName',
  'givenNamePhonetic',
  'familyNamePhonetic',
  'title',
  'companyName',
  'location',
  'photoUrl',
  'status',
  'visibility',
] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];
export type Side = 'a' | 'b';
export type MergeChoices = Partial<Record<ChoiceField, Side>>;

const MAX_PROVENANCE = 32;
const MAX_NOTES = 20_000;
/** What we assume of a value nobody recorded the source of: less sure than any import or detector. */
const UNKNOWN_CONFIDENCE = 0.5;

function sourceOf(p: Person, field: string): { confidence: number; at: number } {
  const list = p.provenance[field];
  const last = list?.[list.length - 1];
  return { confidence: confidenceOf(p.provenance, field) ?? UNKNOWN_CONFIDENCE, at: last?.at ?? p.updatedAt };
}

const present = (v: unknown) => v !== undefined && v !== '';

/**
 * The default side of each field: the value whose source is surest, and of equally sure ones the
 * most recent; a field only one record has takes that one.
 */
export function defaultChoices(a: Person, b: Person): Record<ChoiceField, Side> {
  const out = {} as Record<ChoiceField, Side>;
  for (const field of CHOICE_FIELDS) {
    const va = a[field];
    const vb = b[field];
    if (!present(vb) || JSON.stringify(va) === JSON.stringify(vb)) out[field] = 'a';
    else if (!present(va)) out[field] = 'b';
    else {
      const sa = sourceOf(a, field);
      const sb = sourceOf(b, field);
      out[field] =
        sb.confidence > sa.confidence || (sb.confidence === sa.confidence && sb.at > sa.at) ? 'b' : 'a';
    }
  }
  return out;
}

function mergeProvenance(a: ProvenanceMap, b: ProvenanceMap): ProvenanceMap {
  const out: ProvenanceMap = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const seen = new Set<string>();
    const list: Provenance[] = [];
    for (const p of [...(a[field] ?? []), ...(b[field] ?? [])].sort((x, y) => x.at - y.at)) {
      const key = JSON.stringify(p);
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(p);
    }
    out[field] = list.slice(-MAX_PROVENANCE);
  }
  return out;
}

/**
 * One person out of two: `a` survives (its id and creation stay), each chosen field takes the
 * chosen record's value, every email, phone, link and tag of both is kept, notes are joined, and
 * provenance keeps both histories plus a 'merge' entry on each field whose value changed.
 */
export function mergedPerson(
  a: Person,
  b: Person,
  choices: MergeChoices,
  stamp: { at: number; by: string },
): Person {
  const picks = { ...defaultChoices(a, b), ...choices };
  const merged: Person = { ...a };
  const provenance = mergeProvenance(a.provenance, b.provenance);
  const values = merged as unknown as Record<ChoiceField, unknown>;
  for (const field of CHOICE_FIELDS) {
    if (picks[field] !== 'b' || JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
    values[field] = b[field];
    const entry: Provenance = {
      source: 'merge',
      at: stamp.at,
      by: stamp.by,
      confidence: sourceOf(b, field).confidence,
    };
    provenance[field] = [...(provenance[field] ?? []), entry].slice(-MAX_PROVENANCE);
  }
  if (picks.displayName === 'b') merged.nameOrder = b.nameOrder;
  if (picks.companyName === 'b' || !a.companyId) merged.companyId = b.companyId ?? a.companyId;
  merged.emails = unionBy(a.emails, b.emails, emailIdentity);
  merged.phones = unionBy(a.phones, b.phones, phoneIdentity);
  merged.links = unionBy(a.links, b.links, linkIdentity);
  merged.tags = unionBy(a.tags, b.tags, (t) => t.toLowerCase());
  if (b.notes && !(a.notes ?? '').includes(b.notes)) {
    const notes = a.notes ? `${a.notes}\n\n${b.notes}` : b.notes;
    merged.notes = notes.length <= MAX_NOTES ? notes : a.notes;
  }
  const notDup = [...new Set([...(a.notDuplicateOf ?? []), ...(b.notDuplicateOf ?? [])])].filter(
    (id) => id !== a.id && id !== b.id,
  );
  if (notDup.length > 0 || a.notDuplicateOf) merged.notDuplicateOf = notDup;
  merged.provenance = provenance;
  for (const key of Object.keys(merged) as (keyof Person)[])
    if (merged[key] === undefined) delete merged[key];
  return merged;
}

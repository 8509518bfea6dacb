import { emailKey, linkedinKey } from '@/utils/identity';
import type { EmailEntry, LinkEntry, Person, PhoneEntry, Provenance, ProvenanceMap } from '@/utils/model';

/** The person fields an import can carry, as utils/io gives them (no record stamps). */
export type PersonFields = Omit<
  Person,
  | 'id'
  | 'createdAt'
  | 'createdBy'
  | 'updatedAt'
  | 'updatedBy'
  | 'deletedAt'
  | 'deletedBy'
  | 'companyId'
  | 'status'
  | 'visibility'
>;

/** Single-valued fields: one value wins. */
const SCALARS = [
  'displayName',
  'givenName',
  'familyName',
  'givenNamePhonetic',
  'familyNamePhonetic',
  'title',
  'companyName',
  'location',
  'photoUrl',
] as const;
type Scalar = (typeof SCALARS)[number];

const MAX_ENTRIES = 50;
const MAX_PROVENANCE = 32;
const MAX_NOTES = 20_000;

export const emailIdentity = (e: EmailEntry): string => {
  const key = emailKey(e.value);
  return key.ok ? key.key : e.value.trim().toLowerCase();
};
export const phoneIdentity = (p: PhoneEntry): string => p.e164 ?? p.raw.replace(/[^\d+]/g, '');
export const linkIdentity = (l: LinkEntry): string => {
  if (l.kind === 'linkedin') {
    const key = linkedinKey(l.url);
    if (key.ok) return `li:${key.key}`;
  }
  return l.url.trim().toLowerCase().replace(/\/+$/, '');
};

/** Every entry of `a`, then those of `b` not already there (by identity), up to the model's limit. */
export function unionBy<T>(a: readonly T[], b: readonly T[], identity: (x: T) => string): T[] {
  const seen = new Set(a.map(identity));
  const out = [...a];
  for (const x of b) {
    const id = identity(x);
    if (seen.has(id) || out.length >= MAX_ENTRIES) continue;
    seen.add(id);
    out.push(x);
  }
  return out;
}

/** Confidence of a field's newest source, or undefined when nobody recorded where it came from. */
export function confidenceOf(provenance: ProvenanceMap, field: string): number | undefined {
  const list = provenance[field];
  return list && list.length > 0 ? list[list.length - 1]!.confidence : undefined;
}

function addProvenance(map: ProvenanceMap, field: string, stamps: readonly Provenance[]): void {
  map[field] = [...(map[field] ?? []), ...stamps].slice(-MAX_PROVENANCE);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an imported row changes on a person who is already here (same email, phone or LinkedIn
 * profile): every email, phone, link and tag is kept; an empty field takes the imported value; a
 * field that differs takes it only when the import is at least as sure as the value's own source
 * (a value typed by hand beats a file). Each changed field gets the import's provenance.
 * Returns only the changed fields; an empty patch means the row brings nothing new.
 */
export function absorbImported(existing: Person, row: PersonFields): Partial<Person> {
  const patch: Partial<Person> = {};
  const provenance: ProvenanceMap = { ...existing.provenance };
  const touch = (field: string) => {
    const stamps = row.provenance[field];
    if (stamps) addProvenance(provenance, field, stamps);
  };

  for (const field of SCALARS) {
    const incoming = row[field];
    const current = existing[field];
    if (incoming === undefined || incoming === current) continue;
    if (current !== undefined && current !== '') {
      const ours = confidenceOf(existing.provenance, field);
      const theirs = confidenceOf(row.provenance, field) ?? 0;
      if (ours === undefined || theirs < ours) continue;
    }
    (patch as Record<Scalar, string>)[field] = incoming;
    touch(field);
  }
  if (patch.displayName !== undefined && row.nameOrder !== existing.nameOrder)
    patch.nameOrder = row.nameOrder;

  const lists = {
    emails: unionBy(existing.emails, row.emails, emailIdentity),
    phones: unionBy(existing.phones, row.phones, phoneIdentity),
    links: unionBy(existing.links, row.links, linkIdentity),
    tags: unionBy(existing.tags, row.tags, (t) => t.toLowerCase()),
  };
  for (const [field, value] of Object.entries(lists) as [keyof typeof lists, never][]) {
    if (same(value, existing[field])) continue;
    patch[field] = value;
    touch(field);
  }

  if (row.notes && !(existing.notes ?? '').includes(row.notes)) {
    const notes = existing.notes ? `${existing.notes}\n\n${row.notes}` : row.notes;
    if (notes.length <= MAX_NOTES) {
      patch.notes = notes;
      touch('notes');
    }
  }

  if (Object.keys(patch).length > 0) patch.provenance = provenance;
  return patch;
}

/** Folds a later row of the same file into an earlier one that is not saved yet (same person twice). */
export function foldRows(first: PersonFields, later: PersonFields): PersonFields {
  const asPerson = { ...first, provenance: first.provenance } as Person;
  return { ...first, ...absorbImported(asPerson, later) } as PersonFields;
}

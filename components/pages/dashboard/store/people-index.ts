import { getDb, type MeishiDb } from '@/utils/db';
import type { Person, Status } from '@/utils/model';
import { LiveIndex, type IndexedRow } from './live-index';
import { haystackOf, sortKeyOf } from './match';

export interface PersonRow extends IndexedRow {
  name: string;
  /** Family and given readings, when known: the name sorts by them. */
  reading: string | undefined;
  title: string | undefined;
  company: string | undefined;
  companyId: string | undefined;
  email: string | undefined;
  tags: readonly string[];
  status: Status;
}

export type PersonSort = 'recent' | 'name' | 'company';

export function personRow(p: Person, tokens: readonly string[]): PersonRow {
  const reading = [p.familyNamePhonetic, p.givenNamePhonetic].filter(Boolean).join(' ');
  return {
    id: p.id,
    updatedAt: p.updatedAt,
    deleted: p.deletedAt != null,
    hay: haystackOf(tokens),
    name: p.displayName,
    reading: reading || undefined,
    title: p.title,
    company: p.companyName,
    companyId: p.companyId,
    email: p.emails[0]?.value,
    tags: p.tags,
    status: p.status,
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Sort keys are normalised (NFKC, kana folded) on first use, not on load: most visits never sort by name.
const nameKeys = new WeakMap<PersonRow, string>();
const companyKeys = new WeakMap<PersonRow, string>();

export function nameKey(row: PersonRow): string {
  let key = nameKeys.get(row);
  if (key === undefined) nameKeys.set(row, (key = sortKeyOf(row.name, row.reading)));
  return key;
}

/** The company as compared and filtered; people without one sort last. */
export function companyKey(row: PersonRow): string {
  let key = companyKeys.get(row);
  if (key === undefined) companyKeys.set(row, (key = row.company ? sortKeyOf(row.company) : '\uffff'));
  return key;
}

export const PERSON_SORTS = {
  recent: (a: PersonRow, b: PersonRow) => b.updatedAt - a.updatedAt || byText(a.id, b.id),
  name: (a: PersonRow, b: PersonRow) => byText(nameKey(a), nameKey(b)) || byText(a.id, b.id),
  company: (a: PersonRow, b: PersonRow) =>
    byText(companyKey(a), companyKey(b)) || byText(nameKey(a), nameKey(b)) || byText(a.id, b.id),
} as const;

export type PeopleIndex = LiveIndex<Person, PersonRow, PersonSort>;

export function createPeopleIndex(db: MeishiDb, chunk?: number): PeopleIndex {
  return new LiveIndex<Person, PersonRow, PersonSort>(db, {
    table: 'people',
    entity: 'person',
    toRow: personRow,
    sorts: PERSON_SORTS,
    ...(chunk ? { chunk } : {}),
  });
}

let shared: PeopleIndex | undefined;

/** One index per page; callers start it when they want it loaded (the people list waits for its first paint). */
export function peopleIndex(): PeopleIndex {
  const db = getDb();
  // A new database (tests, or after the database was deleted) gets a new index.
  if (shared?.db !== db) {
    shared?.stop();
    shared = createPeopleIndex(db);
  }
  return shared;
}

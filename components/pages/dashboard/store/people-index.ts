import { getDb, searchTokensOf, type MeishiDb } from '@/utils/db';
import type { Person, Status } from '@/utils/model';
import { LiveIndex, type IndexedRow } from './live-index';
import { haystackOf, sortKeyOf } from './match';

export interface PersonRow extends IndexedRow {
  name: string;
  sortName: string;
  title: string | undefined;
  company: string | undefined;
  companyKey: string;
  companyId: string | undefined;
  email: string | undefined;
  tags: readonly string[];
  status: Status;
}

export type PersonSort = 'recent' | 'name' | 'company';

export function personRow(p: Person): PersonRow {
  const reading = [p.familyNamePhonetic, p.givenNamePhonetic].filter(Boolean).join(' ');
  return {
    id: p.id,
    updatedAt: p.updatedAt,
    deleted: p.deletedAt != null,
    hay: haystackOf(searchTokensOf('person', p)),
    name: p.displayName,
    sortName: sortKeyOf(p.displayName, reading),
    title: p.title,
    company: p.companyName,
    companyKey: p.companyName ? sortKeyOf(p.companyName) : '\uffff',
    companyId: p.companyId,
    email: p.emails[0]?.value,
    tags: p.tags,
    status: p.status,
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const PERSON_SORTS = {
  recent: (a: PersonRow, b: PersonRow) => b.updatedAt - a.updatedAt || byText(a.id, b.id),
  name: (a: PersonRow, b: PersonRow) => byText(a.sortName, b.sortName) || byText(a.id, b.id),
  company: (a: PersonRow, b: PersonRow) =>
    byText(a.companyKey, b.companyKey) || byText(a.sortName, b.sortName) || byText(a.id, b.id),
} as const;

export type PeopleIndex = LiveIndex<Person, PersonRow, PersonSort>;

export function createPeopleIndex(db: MeishiDb, chunk?: number): PeopleIndex {
  return new LiveIndex<Person, PersonRow, PersonSort>(db, {
    table: 'people',
    toRow: personRow,
    sorts: PERSON_SORTS,
    ...(chunk ? { chunk } : {}),
  });
}

let shared: PeopleIndex | undefined;

/** One index per page, started on first use. */
export function peopleIndex(): PeopleIndex {
  const db = getDb();
  // A new database (tests, or after the database was deleted) gets a new index.
  if (shared?.db !== db) {
    shared?.stop();
    shared = createPeopleIndex(db).start();
  }
  return shared;
}

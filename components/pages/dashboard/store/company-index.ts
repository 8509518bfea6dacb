import { getDb, type MeishiDb } from '@/utils/db';
import type { Company, Status } from '@/utils/model';
import { LiveIndex, type IndexedRow } from './live-index';
import { haystackOf, sortKeyOf } from './match';

export interface CompanyRow extends IndexedRow {
  name: string;
  domain: string | undefined;
  industry: string | undefined;
  tags: readonly string[];
  status: Status;
}

export type CompanySort = 'recent' | 'name';

export function companyRow(c: Company, tokens: readonly string[]): CompanyRow {
  return {
    id: c.id,
    updatedAt: c.updatedAt,
    deleted: c.deletedAt != null,
    hay: haystackOf(tokens),
    name: c.name,
    domain: c.domains[0],
    industry: c.industry,
    tags: c.tags,
    status: c.status,
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nameKeys = new WeakMap<CompanyRow, string>();
function nameKey(row: CompanyRow): string {
  let key = nameKeys.get(row);
  if (key === undefined) nameKeys.set(row, (key = sortKeyOf(row.name)));
  return key;
}

export const COMPANY_SORTS = {
  recent: (a: CompanyRow, b: CompanyRow) => b.updatedAt - a.updatedAt || byText(a.id, b.id),
  name: (a: CompanyRow, b: CompanyRow) => byText(nameKey(a), nameKey(b)) || byText(a.id, b.id),
} as const;

export type CompaniesIndex = LiveIndex<Company, CompanyRow, CompanySort>;

export function createCompaniesIndex(db: MeishiDb): CompaniesIndex {
  return new LiveIndex<Company, CompanyRow, CompanySort>(db, {
    table: 'companies',
    entity: 'company',
    toRow: companyRow,
    sorts: COMPANY_SORTS,
  });
}

let shared: CompaniesIndex | undefined;

export function companiesIndex(): CompaniesIndex {
  const db = getDb();
  // A new database (tests, or after the database was deleted) gets a new index.
  if (shared?.db !== db) {
    shared?.stop();
    shared = createCompaniesIndex(db);
  }
  return shared;
}

import { searchIds, type MeishiDb } from '@/utils/db';
import { companyNameWords } from '@/utils/identity';
import type { Company, Person } from '@/utils/model';
import { companyKeysOf, sharesCompany } from '@/utils/relationship/team-index';
import { levelOf } from './visible-ties';
import type { Access } from '@/utils/inpage/views';

/**
 * People the viewer may see who work at a company: linked to its record, or carrying its name
 * (a card saved before the company was). Names are matched by the identity name key, so
 * "ACME Corp." and "Acme" meet.
 */
export async function peopleAtCompany(
  db: MeishiDb,
  company: Pick<Company, 'name'> & Partial<Pick<Company, 'id'>>,
  me: string,
  limit = 200,
): Promise<{ person: Person; access: Access }[]> {
  const keys = companyKeysOf({
    ...(company.id ? { companyId: company.id } : {}),
    companyName: company.name,
  });
  if (keys.length === 0) return [];
  const [linked, byName] = await Promise.all([
    company.id ? db.people.where('companyId').equals(company.id).toArray() : Promise.resolve([]),
    searchIds(db, 'person', companyNameWords(company.name).join(' ') || company.name, 2_000).then((ids) =>
      db.people.bulkGet(ids),
    ),
  ]);
  const out = new Map<string, { person: Person; access: Access }>();
  for (const p of [...linked, ...byName]) {
    if (!p || p.deletedAt != null || out.has(p.id) || !sharesCompany(keys, p)) continue;
    const level = levelOf(p, me);
    if (level !== 'hidden') out.set(p.id, { person: p, access: level });
    if (out.size >= limit) break;
  }
  return [...out.values()];
}

import { findByKeys, findPeopleForCandidate, type MeishiDb } from '@/utils/db';
import { hardKeysOfCandidate } from '@/utils/identity';
import type { Candidate, Company, Person } from '@/utils/model';
import { levelOf } from './visible-ties';
import type { Access } from '@/utils/inpage/views';

export interface Found<T> {
  record: T;
  access: Access;
  matchedBy: 'hard' | 'soft';
}

const isSoft = (key: string): boolean => key.startsWith('pn:');

/**
 * The saved person a candidate is, among those the viewer may see: a hard key (email, phone,
 * LinkedIn) wins over "same name at the same company"; whole records over glimpses.
 */
export async function findVisiblePerson(
  db: MeishiDb,
  candidate: Candidate,
  me: string,
  region?: string,
): Promise<Found<Person> | undefined> {
  const matches = await findPeopleForCandidate(db, candidate, region);
  const ranked = matches
    .map((m) => ({
      record: m.person,
      level: levelOf(m.person, me),
      hard: m.matched.some((k) => !isSoft(k)),
    }))
    .filter((m) => m.level !== 'hidden')
    .sort(
      (a, b) => Number(b.hard) - Number(a.hard) || Number(b.level === 'full') - Number(a.level === 'full'),
    );
  const best = ranked[0];
  if (!best || best.level === 'hidden') return undefined;
  return { record: best.record, access: best.level, matchedBy: best.hard ? 'hard' : 'soft' };
}

export async function visiblePersonById(
  db: MeishiDb,
  id: string,
  me: string,
): Promise<Found<Person> | undefined> {
  const person = await db.people.get(id);
  if (!person || person.deletedAt != null) return undefined;
  const level = levelOf(person, me);
  return level === 'hidden' ? undefined : { record: person, access: level, matchedBy: 'hard' };
}

/** The saved company a company candidate is (same domain, LinkedIn page or name). */
export async function findVisibleCompany(
  db: MeishiDb,
  candidate: Candidate,
  me: string,
): Promise<Found<Company> | undefined> {
  const hits = await findByKeys(db, hardKeysOfCandidate(candidate));
  const ids = [...hits.values()].filter((h) => h.entity === 'company').map((h) => h.id);
  const companies = (await db.companies.bulkGet(ids)).filter(
    (c): c is Company => !!c && c.deletedAt == null && levelOf(c, me) !== 'hidden',
  );
  // A domain or LinkedIn match says more than a name match.
  const score = (c: Company): number =>
    hits.get(`company:${c.id}`)?.matched.filter((k) => !k.startsWith('co:')).length ?? 0;
  companies.sort((a, b) => score(b) - score(a));
  const best = companies[0];
  if (!best) return undefined;
  const level = levelOf(best, me);
  return level === 'hidden' ? undefined : { record: best, access: level, matchedBy: 'hard' };
}

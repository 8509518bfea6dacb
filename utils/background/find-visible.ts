import { candidateKeys, findByKeys, livePeople, type MeishiDb } from '@/utils/db';
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
  const hits = await candidateHits(db, [candidate], region);
  const people = await livePeople(
    db,
    hits.hits.map((h) => h.id),
  );
  return pickVisible(hits, people, me)[0];
}

/** What the identity keys of a page's person candidates name. */
export interface CandidateHits {
  keyLists: string[][];
  hits: { id: string; matched: string[] }[];
}

/** Every key of every candidate at once, each key one index read (`findByKeys`). */
export async function candidateHits(
  db: MeishiDb,
  candidates: readonly Candidate[],
  region?: string,
): Promise<CandidateHits> {
  const keyLists = candidates.map((c) => (c.kind === 'person' ? candidateKeys(c, region) : []));
  const found = await findByKeys(db, keyLists.flat());
  const hits = [...found.values()].filter((h) => h.entity === 'person');
  return { keyLists, hits: hits.map((h) => ({ id: h.id, matched: h.matched })) };
}

/** Each candidate's best visible match among the people its keys named. */
export function pickVisible(
  { keyLists, hits }: CandidateHits,
  people: ReadonlyMap<string, Person>,
  me: string,
): (Found<Person> | undefined)[] {
  const byKey = new Map<string, { person: Person; matched: string[] }[]>();
  for (const h of hits) {
    const person = people.get(h.id);
    if (!person) continue;
    for (const k of h.matched) byKey.set(k, [...(byKey.get(k) ?? []), { person, matched: h.matched }]);
  }
  return keyLists.map((keys) => {
    const wanted = new Set(keys);
    const matches = new Map<string, string[]>();
    for (const k of keys)
      for (const m of byKey.get(k) ?? [])
        matches.set(
          m.person.id,
          m.matched.filter((x) => wanted.has(x)),
        );
    const ranked = [...matches]
      .map(([id, matched]) => {
        const record = people.get(id)!;
        return { record, level: levelOf(record, me), hard: matched.some((k) => !isSoft(k)) };
      })
      .filter((m) => m.level !== 'hidden')
      .sort(
        (a, b) => Number(b.hard) - Number(a.hard) || Number(b.level === 'full') - Number(a.level === 'full'),
      );
    const best = ranked[0];
    if (!best || best.level === 'hidden') return undefined;
    return { record: best.record, access: best.level, matchedBy: best.hard ? 'hard' : 'soft' };
  });
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

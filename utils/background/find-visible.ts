import { candidateKeys, findByKeys, type MeishiDb } from '@/utils/db';
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
  return (await findVisiblePeople(db, [candidate], me, region))[0];
}

/** What the identity keys of a page's person candidates name: the first step of `findVisiblePeople`. */
export interface CandidateHits {
  keyLists: string[][];
  hits: { id: string; matched: string[] }[];
}

/** Every key of every candidate in one read transaction, each key one index read. */
export async function candidateHits(
  db: MeishiDb,
  candidates: readonly Candidate[],
  region?: string,
): Promise<CandidateHits> {
  const keyLists = candidates.map((c) => (c.kind === 'person' ? candidateKeys(c, region) : []));
  const found = await db.transaction('r', db.keys, () => findByKeys(db, keyLists.flat()));
  const hits = [...found.values()].filter((h) => h.entity === 'person');
  return { keyLists, hits: hits.map((h) => ({ id: h.id, matched: h.matched })) };
}

/** The live people among `ids`, by id. */
export async function livePeople(db: MeishiDb, ids: readonly string[]): Promise<Map<string, Person>> {
  const people = new Map<string, Person>();
  for (const p of await db.people.bulkGet([...ids])) if (p && p.deletedAt == null) people.set(p.id, p);
  return people;
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

/**
 * `findVisiblePerson` for every candidate of a page at once: all their keys in one batch of
 * index reads, then all the people they name in one, rather than two rounds per candidate.
 */
export async function findVisiblePeople(
  db: MeishiDb,
  candidates: readonly Candidate[],
  me: string,
  region?: string,
): Promise<(Found<Person> | undefined)[]> {
  const hits = await candidateHits(db, candidates, region);
  return pickVisible(
    hits,
    await livePeople(
      db,
      hits.hits.map((h) => h.id),
    ),
    me,
  );
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

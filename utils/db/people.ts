import type { Candidate, Person } from '@/utils/model';
import { hardKeysOfCandidate, softKeyOfPerson } from '@/utils/identity';
import type { MeishiDb } from './db';
import { findByKeys } from './keys';
import {
  createRecord,
  trashRecord,
  updateRecord,
  type Actor,
  type NewRecord,
  type RecordPatch,
} from './write';

export const createPerson = (db: MeishiDb, input: NewRecord<'person'>, actor: Actor) =>
  createRecord(db, 'person', input, actor);
export const updatePerson = (db: MeishiDb, id: string, patch: RecordPatch<'person'>, actor: Actor) =>
  updateRecord(db, 'person', id, patch, actor);
export const trashPerson = (db: MeishiDb, id: string, actor: Actor) => trashRecord(db, 'person', id, actor);

/** A person candidate's identity keys: the hard ones and the soft name@company key. */
export function candidateKeys(candidate: Candidate, region?: string): string[] {
  const keys = hardKeysOfCandidate(candidate, region as never);
  const soft = softKeyOfPerson(candidate.name, candidate.company);
  return soft ? [...keys, soft] : keys;
}

/** The live people among `ids`, by id, in the order asked. */
export async function livePeople(db: MeishiDb, ids: readonly string[]): Promise<Map<string, Person>> {
  const people = new Map<string, Person>();
  for (const p of await db.people.bulkGet([...ids])) if (p && p.deletedAt == null) people.set(p.id, p);
  return people;
}

/** People sharing a hard identity key with the candidate (same email, phone or LinkedIn URL). */
export async function findPeopleForCandidate(
  db: MeishiDb,
  candidate: Candidate,
  region?: string,
): Promise<{ person: Person; matched: string[] }[]> {
  const hits = await findByKeys(db, candidateKeys(candidate, region));
  const people = await livePeople(
    db,
    [...hits.values()].filter((h) => h.entity === 'person').map((h) => h.id),
  );
  return [...people.values()].map((person) => ({
    person,
    matched: hits.get(`person:${person.id}`)?.matched ?? [],
  }));
}

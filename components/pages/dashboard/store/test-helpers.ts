import { createRecord, MeishiDb, setDbForTests, type Actor } from '@/utils/db';
import type { PersonInput } from '@/utils/model';

export const ME: Actor = { memberId: 'local', region: 'JP' };

/** A fresh database per test, installed as the one getDb() returns. */
export function freshDb(): MeishiDb {
  const db = new MeishiDb(`test-${Math.random()}`);
  setDbForTests(db);
  return db;
}

export function addPerson(
  db: MeishiDb,
  input: Omit<PersonInput, 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>,
) {
  return createRecord(db, 'person', input, ME);
}

/** Resolve when `check` passes, re-checking after each macrotask (IndexedDB events arrive as tasks). */
export async function eventually(check: () => boolean, tries = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('condition never held');
}

import type { MeishiDb } from './db';

/** One transaction over every table, for operations that write several records (save = person + relationship). */
export function inOneTransaction<T>(db: MeishiDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.tables, work);
}

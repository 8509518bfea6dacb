import type SqliteDatabase from 'better-sqlite3';
import type { Transaction } from 'kysely';
import type { Database } from '../schema';

/**
 * The team repository is built in layers (members, logs, records), one file each; every layer's
 * queries filter on the team fixed here at construction, so no caller can forget the filter.
 */
export class BaseRepo {
  constructor(
    protected readonly db: Transaction<Database>,
    readonly teamId: string,
    protected readonly dialect: 'sqlite' | 'postgres' = 'sqlite',
    protected readonly sqlite?: SqliteDatabase.Database,
  ) {}
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

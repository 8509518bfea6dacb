import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Company, Interaction, IntroRequest, Person, Relationship, Task } from '@/utils/model';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  type JournalRow,
  type KeyRow,
  type MetaRow,
  type OutboxRow,
  type SearchRow,
  type StampRow,
} from './schema';
import { searchTokensOf } from './search-index';

export const DB_NAME = 'meishi';

export class MeishiDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  companies!: EntityTable<Company, 'id'>;
  relationships!: EntityTable<Relationship, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  introRequests!: EntityTable<IntroRequest, 'id'>;
  keys!: EntityTable<KeyRow, 'ref'>;
  outbox!: Table<OutboxRow, number>;
  stamps!: EntityTable<StampRow, 'ref'>;
  meta!: EntityTable<MetaRow, 'key'>;
  search!: EntityTable<SearchRow, 'ref'>;
  journal!: EntityTable<JournalRow, 'key'>;
  /** Wall clock for record times and HLC stamps; the sync soak test skews it per replica. */
  clock: () => number = () => Date.now();

  constructor(name = DB_NAME) {
    super(name);
    // Schema history: never edit a shipped version; add a new one with an upgrade that only
    // transforms rows. Dexie runs upgrades in one versionchange transaction, so a throwing
    // upgrade aborts and leaves the previous data untouched.
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const rows: SearchRow[] = [];
        await tx.table<Person, string>('people').each((p) => {
          if (p.deletedAt == null)
            rows.push({
              ref: `person:${p.id}`,
              entity: 'person',
              id: p.id,
              tokens: searchTokensOf('person', p),
            });
        });
        await tx.table<Company, string>('companies').each((c) => {
          if (c.deletedAt == null)
            rows.push({
              ref: `company:${c.id}`,
              entity: 'company',
              id: c.id,
              tokens: searchTokensOf('company', c),
            });
        });
        await tx.table<SearchRow, string>('search').bulkPut(rows);
      });
    this.version(3).stores(SCHEMA_V3);
  }
}

let instance: MeishiDb | undefined;

/** The extension's database. Only extension contexts may call this; content scripts ask the background. */
export function getDb(): MeishiDb {
  if (
    typeof window !== 'undefined' &&
    location.protocol !== 'chrome-extension:' &&
    location.protocol !== 'moz-extension:'
  ) {
    if (!import.meta.env?.VITEST) throw new Error('The Meishi database is only opened in extension pages.');
  }
  instance ??= new MeishiDb();
  return instance;
}

/** Tests use a fresh database per case. */
export function setDbForTests(db: MeishiDb | undefined): void {
  instance = db;
}

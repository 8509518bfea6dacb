import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import Dexie from 'dexie';
import { MeishiDb, type Actor } from '../../../utils/db/index';
import { SyncEngine, type SyncDeps } from '../../../utils/sync/engine';
import { MemoryCredentialStore } from '../../../utils/sync/credentials';
import type { FetchLike } from '../../../utils/sync/http';

// Node has no IndexedDB: every simulated profile opens its own database in fake-indexeddb.
Dexie.dependencies.indexedDB = indexedDB;
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

let serial = 0;

export interface DeviceOptions {
  label: string;
  fetch: FetchLike;
  clock: () => number;
  random?: () => number;
  crash?: (point: string) => void;
  onAck?: SyncDeps['onAck'];
  onPage?: SyncDeps['onPage'];
  pageLimit?: number;
  batchSize?: number;
}

/**
 * One simulated browser profile: its own IndexedDB database (fake-indexeddb) and the real sync
 * engine. `restart()` stands for the service worker (or browser) being killed: the engine and every
 * in-memory object are dropped, and only the database and the credential store survive.
 */
export class Device {
  readonly credentials = new MemoryCredentialStore();
  readonly dbName: string;
  db: MeishiDb;
  engine: SyncEngine;

  constructor(readonly opts: DeviceOptions) {
    this.dbName = `soak-${opts.label}-${process.pid}-${++serial}`;
    this.db = this.open();
    this.engine = this.makeEngine();
  }

  private open(): MeishiDb {
    const db = new MeishiDb(this.dbName);
    db.clock = this.opts.clock;
    return db;
  }

  private makeEngine(): SyncEngine {
    return new SyncEngine({
      db: this.db,
      fetch: this.opts.fetch,
      credentials: this.credentials,
      random: this.opts.random,
      region: async () => 'JP',
      ...(this.opts.crash ? { crash: this.opts.crash } : {}),
      ...(this.opts.onAck ? { onAck: this.opts.onAck } : {}),
      ...(this.opts.onPage ? { onPage: this.opts.onPage } : {}),
      pageLimit: this.opts.pageLimit ?? 1_000,
      batchSize: this.opts.batchSize ?? 200,
    });
  }

  async memberId(): Promise<string> {
    return (await this.credentials.get())?.memberId ?? 'local';
  }

  async actor(): Promise<Actor> {
    return { memberId: await this.memberId(), region: 'JP' };
  }

  async restart(): Promise<void> {
    this.db.close();
    this.db = this.open();
    await this.db.open();
    this.engine = this.makeEngine();
  }

  async destroy(): Promise<void> {
    this.db.close();
    await this.db.delete();
  }
}

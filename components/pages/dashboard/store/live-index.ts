import Dexie, { RangeSet, cmp, type IntervalTree, type ObservabilitySet } from 'dexie';
import { searchTokensOf, type MeishiDb } from '@/utils/db';

/** What every compact row carries: enough to list, sort, filter and search without the full record. */
export interface IndexedRow {
  id: string;
  updatedAt: number;
  deleted: boolean;
  /** ' token token … ': normalised search tokens, space-delimited, for as-you-type matching. */
  hay: string;
}

export type Comparator<R> = (a: R, b: R) => number;

interface IndexOptions<Rec, R extends IndexedRow, S extends string> {
  table: 'people' | 'companies';
  /** The entity's name in the search table, whose stored tokens make each row's haystack. */
  entity: 'person' | 'company';
  toRow: (record: Rec, tokens: readonly string[]) => R;
  sorts: Record<S, Comparator<R>>;
  chunk?: number;
}

/**
 * A compact in-memory index of one table (people or companies), loaded in chunks after first paint
 * and kept current from Dexie's `storagemutated` event, which names the changed primary keys for
 * writes from this page, other pages and the background alike. Only changed rows are re-read; a
 * range change (a clear, a bulk delete) reloads everything. 100,000 people take a few MB here,
 * while the full records stay in IndexedDB until a page opens one.
 */
export class LiveIndex<Rec extends { id: string }, R extends IndexedRow, S extends string> {
  private rows = new Map<string, R>();
  private sortedCache = new Map<S, R[]>();
  private listeners = new Set<() => void>();
  private started = false;
  private stopped = false;
  private loading = false;
  private loadAgain = false;
  ready = false;
  version = 0;
  error: Error | undefined;

  constructor(
    readonly db: MeishiDb,
    private readonly options: IndexOptions<Rec, R, S>,
  ) {}

  private get table() {
    return this.db.table<Rec, string>(this.options.table);
  }

  /** Start loading (idempotent) and follow changes from then on. */
  start(): this {
    if (this.started) return this;
    this.started = true;
    Dexie.on('storagemutated', this.onMutated);
    this.reload();
    return this;
  }

  stop(): void {
    this.stopped = true;
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): R | undefined {
    const row = this.rows.get(id);
    return row && !row.deleted ? row : undefined;
  }

  /** Live rows in the given order; the array is shared and must not be changed. */
  sorted(sort: S): readonly R[] {
    let hit = this.sortedCache.get(sort);
    if (!hit) {
      hit = [...this.rows.values()].filter((r) => !r.deleted).sort(this.options.sorts[sort]);
      this.sortedCache.set(sort, hit);
    }
    return hit;
  }

  get size(): number {
    return this.sorted(Object.keys(this.options.sorts)[0] as S).length;
  }

  private changed(): void {
    this.version += 1;
    this.sortedCache.clear();
    for (const listener of this.listeners) listener();
  }

  private put(record: Rec | undefined, id: string, tokens: readonly string[] | undefined): void {
    if (!record) {
      this.rows.delete(id);
      return;
    }
    // Tokens are computed once, at write time, into the search table; a trashed record has none
    // there, and a row from before the search table existed gets them computed here.
    const row = this.options.toRow(
      record,
      tokens ??
        ((record as { deletedAt?: number | null }).deletedAt == null ? this.computeTokens(record) : []),
    );
    const old = this.rows.get(id);
    // A chunk read that began before a write must not undo the newer row the write delivered.
    if (!old || old.updatedAt <= row.updatedAt) this.rows.set(id, row);
  }

  private computeTokens(record: Rec): string[] {
    return searchTokensOf(this.options.entity, record as never);
  }

  /**
   * Search tokens of these ids. A load chunk is a run of consecutive ids, read as one range of the
   * search table (its keys sort as the ids do); scattered ids are looked up one by one.
   */
  private async tokensOf(ids: readonly string[], consecutive: boolean): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const { entity } = this.options;
    const sorted = [...ids].sort();
    const rows = consecutive
      ? await this.db.search
          .where(':id')
          .between(`${entity}:${sorted[0]}`, `${entity}:${sorted[sorted.length - 1]}`, true, true)
          .toArray()
      : (await this.db.search.bulkGet(ids.map((id) => `${entity}:${id}`))).filter((r) => r !== undefined);
    for (const row of rows) if (row.entity === entity) out.set(row.id, row.tokens);
    return out;
  }

  /**
   * Everything again, from scratch (a clear or a range delete can't say which rows went). A burst
   * of such changes while a load runs costs one more load after it, never loads side by side.
   */
  private reload(): void {
    if (this.loading) {
      this.loadAgain = true;
      return;
    }
    this.loading = true;
    if (this.started && (this.rows.size > 0 || this.ready)) {
      this.rows.clear();
      this.ready = false;
      this.changed();
    }
    void this.loadAll().finally(() => {
      this.loading = false;
      if (this.loadAgain && !this.stopped) {
        this.loadAgain = false;
        this.reload();
      }
    });
  }

  private async loadAll(): Promise<void> {
    const size = this.options.chunk ?? 2000;
    try {
      let last: string | undefined;
      for (;;) {
        const batch: Rec[] =
          last === undefined
            ? await this.table.orderBy(':id').limit(size).toArray()
            : await this.table.where(':id').above(last).limit(size).toArray();
        const tokens = await this.tokensOf(
          batch.map((r) => r.id),
          true,
        );
        if (this.stopped) return;
        for (const record of batch) this.put(record, record.id, tokens.get(record.id));
        if (batch.length < size) break;
        last = batch[batch.length - 1]!.id;
        // Hand the main thread back between chunks so scrolling and typing never wait on the load.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      this.ready = true;
    } catch (error) {
      this.error = error instanceof Error ? error : new Error(String(error));
    }
    this.changed();
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    if (this.stopped) return;
    const tree = parts[`idb://${this.db.name}/${this.options.table}/`];
    if (!tree) return;
    const keys = pointKeys(tree);
    if (keys === null) {
      this.reload();
      return;
    }
    void Promise.all([this.table.bulkGet(keys), this.tokensOf(keys, false)]).then(
      ([records, tokens]) => {
        keys.forEach((key, i) => this.put(records[i], key, tokens.get(key)));
        this.changed();
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error : new Error(String(error));
        this.changed();
      },
    );
  };
}

/** The single keys of a mutated range set, or null when it holds a true range (a clear, a range delete). */
export function pointKeys(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  for (const node of RangeSet(tree)) {
    if (typeof node.from !== 'string' || cmp(node.from, node.to) !== 0) return null;
    keys.push(node.from);
  }
  return keys;
}

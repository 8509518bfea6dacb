import type { Table } from 'dexie';
import {
  keysOf,
  refOf,
  searchTokensOf,
  TABLE_OF,
  type KeyRow,
  type MeishiDb,
  type SearchRow,
} from '@/utils/db';
import type { AnyEntity, EntityName } from '@/utils/model';

export type AnyRow = Record<string, unknown> & { id: string };

/** Every table sync touches; applying a page, an acknowledgement or a rollback locks them all at once. */
export function syncTables(db: MeishiDb) {
  return [
    db.people,
    db.companies,
    db.relationships,
    db.interactions,
    db.tasks,
    db.introRequests,
    db.keys,
    db.search,
    db.stamps,
    db.outbox,
    db.meta,
  ];
}

export function tableOf(db: MeishiDb, entity: EntityName): Table<AnyRow, string> {
  // Each entity's table holds exactly that entity's rows; sync handles them as plain records.
  return db.table(TABLE_OF[entity]) as unknown as Table<AnyRow, string>;
}

const INDEXED = new Set<EntityName>(['person', 'company']);

/** A row's identity keys and search tokens, or that it has none (trashed, or not a person or company). */
export interface RowIndex {
  ref: string;
  keys?: KeyRow;
  search?: SearchRow;
}

/** Pure: what `keys` and `search` should hold for this row. */
export function indexRow(entity: EntityName, row: AnyRow, region?: string): RowIndex {
  const ref = refOf(entity, row.id);
  if (!INDEXED.has(entity)) return { ref };
  const record = row as unknown as AnyEntity;
  if (record.deletedAt != null) return { ref };
  return {
    ref,
    keys: { ref, entity, id: row.id, keys: keysOf(entity, record, region) },
    search: { ref, entity, id: row.id, tokens: searchTokensOf(entity, record) },
  };
}

/**
 * Issues the writes of validated rows of one entity with their keys and search tokens, all at once,
 * and returns them to be awaited together. Call inside a transaction over syncTables(db).
 */
export function writeRows(
  db: MeishiDb,
  entity: EntityName,
  rows: readonly AnyRow[],
  index: readonly RowIndex[],
): Promise<unknown>[] {
  if (rows.length === 0) return [];
  const writes: Promise<unknown>[] = [tableOf(db, entity).bulkPut(rows as AnyRow[])];
  if (!INDEXED.has(entity)) return writes;
  const keyRows = index.flatMap((i) => (i.keys ? [i.keys] : []));
  const searchRows = index.flatMap((i) => (i.search ? [i.search] : []));
  const dead = index.filter((i) => !i.keys).map((i) => i.ref);
  if (keyRows.length) writes.push(db.keys.bulkPut(keyRows));
  if (searchRows.length) writes.push(db.search.bulkPut(searchRows));
  if (dead.length) writes.push(db.keys.bulkDelete(dead), db.search.bulkDelete(dead));
  return writes;
}

/** Writes rows with their keys and search tokens. Call inside a transaction over syncTables(db). */
export async function putRows(
  db: MeishiDb,
  entity: EntityName,
  rows: readonly AnyRow[],
  region?: string,
): Promise<void> {
  await Promise.all(
    writeRows(
      db,
      entity,
      rows,
      rows.map((r) => indexRow(entity, r, region)),
    ),
  );
}

/**
 * Removes every local trace of these records: rows, keys, search tokens, stamps and queued
 * mutations. Used for pulled deletions, erasures and records hidden from this member.
 */
export async function removeEverywhere(
  db: MeishiDb,
  items: readonly { entity: EntityName; id: string }[],
): Promise<void> {
  if (items.length === 0) return;
  const byEntity = new Map<EntityName, string[]>();
  for (const { entity, id } of items) byEntity.set(entity, [...(byEntity.get(entity) ?? []), id]);
  const refs = items.map((i) => refOf(i.entity, i.id));
  for (const [entity, ids] of byEntity) await tableOf(db, entity).bulkDelete(ids);
  await db.keys.bulkDelete(refs);
  await db.search.bulkDelete(refs);
  await db.stamps.bulkDelete(refs);
  await db.outbox
    .where('mutation.entityId')
    .anyOf(items.map((i) => i.id))
    .delete();
}

/** The name a person would recognise a record by, for messages about it. */
export async function displayNameOf(
  db: MeishiDb,
  entity: EntityName,
  row: AnyRow | undefined,
): Promise<string | undefined> {
  if (!row) return undefined;
  if (typeof row.displayName === 'string') return row.displayName;
  if (typeof row.name === 'string') return row.name;
  if (typeof row.title === 'string') return row.title;
  const personId = entity === 'relationship' || entity === 'task' ? row.personId : undefined;
  if (typeof personId === 'string') return (await db.people.get(personId))?.displayName;
  return undefined;
}

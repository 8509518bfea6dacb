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

/**
 * Writes validated rows of one entity with their identity keys and search tokens, in bulk. Call
 * inside a transaction over syncTables(db).
 */
export async function putRows(
  db: MeishiDb,
  entity: EntityName,
  rows: readonly AnyRow[],
  region?: string,
): Promise<void> {
  if (rows.length === 0) return;
  await tableOf(db, entity).bulkPut(rows as AnyRow[]);
  if (!INDEXED.has(entity)) return;
  const keyRows: KeyRow[] = [];
  const searchRows: SearchRow[] = [];
  const dead: string[] = [];
  for (const row of rows) {
    const ref = refOf(entity, row.id);
    const record = row as unknown as AnyEntity;
    if (record.deletedAt != null) {
      dead.push(ref);
      continue;
    }
    keyRows.push({ ref, entity, id: row.id, keys: keysOf(entity, record, region) });
    searchRows.push({ ref, entity, id: row.id, tokens: searchTokensOf(entity, record) });
  }
  if (keyRows.length) await db.keys.bulkPut(keyRows);
  if (searchRows.length) await db.search.bulkPut(searchRows);
  if (dead.length) {
    await db.keys.bulkDelete(dead);
    await db.search.bulkDelete(dead);
  }
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

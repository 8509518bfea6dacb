import { hardKeysOfCompany, hardKeysOfPerson, softKeyOfPerson } from '@/utils/identity';
import type { AnyEntity, Company, EntityName, Person } from '@/utils/model';
import type { MeishiDb } from './db';
import { rowsWhereAnyOf } from './rows-where';
import type { KeyRow } from './schema';

/** Every identity key of a record: hard keys (same key = same entity) and the soft name@company key. */
export function keysOf(entity: EntityName, record: AnyEntity, region?: string): string[] {
  if (entity === 'person') {
    const p = record as Person;
    const keys = hardKeysOfPerson(p, region as never);
    const soft = softKeyOfPerson(p.displayName, p.companyName);
    if (soft) keys.push(soft);
    return [...new Set(keys)];
  }
  if (entity === 'company') return [...new Set(hardKeysOfCompany(record as Company))];
  return [];
}

export function refOf(entity: EntityName, id: string): string {
  return `${entity}:${id}`;
}

/** Keep `keys` in step with a record; call inside the record's write transaction. */
export async function updateKeys(
  db: MeishiDb,
  entity: EntityName,
  record: AnyEntity | undefined,
  id: string,
  region?: string,
): Promise<void> {
  const ref = refOf(entity, id);
  if (!record || record.deletedAt != null || (entity !== 'person' && entity !== 'company')) {
    await db.keys.delete(ref);
    return;
  }
  const row: KeyRow = { ref, entity, id, keys: keysOf(entity, record, region) };
  await db.keys.put(row);
}

/** Records holding any of these keys, each with the keys it matched. */
export async function findByKeys(
  db: MeishiDb,
  keys: readonly string[],
): Promise<Map<string, { entity: EntityName; id: string; matched: string[] }>> {
  const wanted = new Set(keys);
  const rows = await rowsWhereAnyOf(db.keys, 'keys', [...wanted]);
  const out = new Map<string, { entity: EntityName; id: string; matched: string[] }>();
  for (const row of rows) {
    out.set(row.ref, { entity: row.entity, id: row.id, matched: row.keys.filter((k) => wanted.has(k)) });
  }
  return out;
}

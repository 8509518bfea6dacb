import type { Table } from 'dexie';

/**
 * Which of `keys` a table holds. `anyOf` walks a cursor with a round trip to the database per key;
 * keys minted together (UUIDv7 ids of one import chunk, and refs built from them) sit in one narrow
 * range, so one range read answers for all of them. A range that holds many other rows (keys
 * spread over the table) falls back to the cursor, bounded by `limit` so it never reads the table.
 */
export async function keysAmong<K extends string>(
  table: Table<unknown, K>,
  keys: readonly K[],
): Promise<K[]> {
  if (keys.length === 0) return [];
  const wanted = new Set(keys);
  const byPrefix = new Map<string, K[]>();
  // Refs are `${entity}:${id}`: each entity's refs form their own range.
  for (const key of wanted) {
    const prefix = key.slice(0, key.indexOf(':') + 1);
    const list = byPrefix.get(prefix);
    if (list) list.push(key);
    else byPrefix.set(prefix, [key]);
  }
  const found: K[] = [];
  for (const group of byPrefix.values()) {
    group.sort();
    const limit = group.length * 2 + 16;
    const inRange = await table
      .where(':id')
      .between(group[0]!, group.at(-1)!, true, true)
      .limit(limit)
      .primaryKeys();
    if (inRange.length < limit) found.push(...inRange.filter((k) => wanted.has(k)));
    else found.push(...(await table.where(':id').anyOf(group).primaryKeys()));
  }
  return found;
}

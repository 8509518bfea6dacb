import type { IndexableType, Table } from 'dexie';

/**
 * Rows whose `index` equals any of `values`, each row once. Dexie's `anyOf` walks one cursor, a
 * round trip to the database per matching row and per jump between values; here each value is one
 * `getAll`, all in flight at once, so ten people with five relationships each cost one round trip
 * rather than some sixty. Rows a multi-entry index finds under several values come back once.
 */
export async function rowsWhereAnyOf<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  values: readonly IndexableType[],
): Promise<T[]> {
  const distinct = [...new Set(values)];
  if (distinct.length === 0) return [];
  // In one read transaction (joining the caller's, when there is one): outside one, each read
  // would open and commit its own, and a company's 500 people are 500 of them.
  const lists = await table.db.transaction('r', table, () =>
    Promise.all(distinct.map((v) => table.where(index).equals(v).toArray())),
  );
  if (lists.length === 1) return lists[0]!;
  const key = table.schema.primKey.keyPath;
  if (typeof key !== 'string') return lists.flat();
  const seen = new Set<unknown>();
  const out: T[] = [];
  for (const list of lists)
    for (const row of list) {
      const id = (row as Record<string, unknown>)[key];
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(row);
    }
  return out;
}

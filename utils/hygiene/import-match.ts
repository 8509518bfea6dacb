import type { MeishiDb } from '@/utils/db';
import { hardKeysOfPerson, type CountryCode } from '@/utils/identity';
import type { ImportedRow } from '@/utils/io';
import { yieldToPage } from './yield';

export type RowTarget = 'new' | 'existing' | 'repeat';

export interface RowMatch {
  /** Hard identity keys of the row (email, phone, LinkedIn). */
  keys: string[][];
  /** What saving each row will do: create someone, update someone already here, or fold into an earlier row. */
  target: RowTarget[];
  counts: Record<RowTarget, number>;
}

export function keysOfRow(row: ImportedRow, region?: string): string[] {
  return hardKeysOfPerson(row, region as CountryCode | undefined);
}

/** Ids of live people holding each of `keys`. */
export async function peopleByKey(db: MeishiDb, keys: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (keys.length === 0) return out;
  const wanted = new Set(keys);
  const rows = await db.keys
    .where('keys')
    .anyOf([...wanted])
    .toArray();
  for (const row of rows) {
    if (row.entity !== 'person') continue;
    for (const k of row.keys) {
      if (!wanted.has(k)) continue;
      const list = out.get(k);
      if (list) list.push(row.id);
      else out.set(k, [row.id]);
    }
  }
  return out;
}

/**
 * For the preview: which rows are new people, which match someone already here by a hard key, and
 * which repeat an earlier row of the same file. Looks keys up in batches and yields between them.
 */
export async function matchRows(
  db: MeishiDb,
  rows: readonly ImportedRow[],
  region?: string,
  batch = 2_000,
): Promise<RowMatch> {
  const keys: string[][] = [];
  const target: RowTarget[] = [];
  const counts: Record<RowTarget, number> = { new: 0, existing: 0, repeat: 0 };
  const seen = new Set<string>();
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch).map((r) => keysOfRow(r, region));
    for (const k of slice) keys.push(k);
    const found = await peopleByKey(db, slice.flat());
    for (const rowKeys of slice) {
      const kind: RowTarget = rowKeys.some((k) => found.has(k))
        ? 'existing'
        : rowKeys.some((k) => seen.has(k))
          ? 'repeat'
          : 'new';
      for (const k of rowKeys) seen.add(k);
      target.push(kind);
      counts[kind] += 1;
    }
    await yieldToPage();
  }
  return { keys, target, counts };
}

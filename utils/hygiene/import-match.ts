import { z } from 'zod';
import type { MeishiDb } from '@/utils/db';
import { hardKeysOfPerson, type CountryCode } from '@/utils/identity';
import type { ImportedRow } from '@/utils/io';
import { yieldToPage } from './yield';

export const RowTargetSchema = z.enum(['new', 'existing', 'repeat']);
export type RowTarget = z.infer<typeof RowTargetSchema>;

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

/**
 * Ids of live people holding each of `keys`. A multi-key `anyOf` walks one cursor, a round trip to
 * the database per key, one after another; here a file's worth of keys either reads the whole key
 * table at once (when it is not much bigger than the lookup) or asks for every key in parallel.
 */
export async function peopleByKey(db: MeishiDb, keys: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const wanted = new Set(keys);
  if (wanted.size === 0) return out;
  const total = await db.keys.count();
  if (total === 0) return out;
  const rows =
    total <= wanted.size * 4
      ? await db.keys.toArray()
      : (await Promise.all([...wanted].map((k) => db.keys.where('keys').equals(k).toArray()))).flat();
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.entity !== 'person' || seen.has(row.id)) continue;
    seen.add(row.id);
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
 * which repeat an earlier row of the same file. Keys are computed in batches with a turn for the
 * page between them, and looked up all at once.
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
    for (const r of rows.slice(start, start + batch)) keys.push(keysOfRow(r, region));
    await yieldToPage();
  }
  const found = await peopleByKey(db, keys.flat());
  for (let start = 0; start < rows.length; start += batch) {
    for (const rowKeys of keys.slice(start, start + batch)) {
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

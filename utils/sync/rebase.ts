import type { StampRow } from '@/utils/db';
import { compareHlc } from '@/utils/model';

/**
 * The stamps row as sync keeps it: what the write path stores plus what the server told us. For a
 * record pulled without local edits, `stamps` holds only stamps ahead of this replica's clock (see
 * apply.ts): the others can never outrank a later local edit.
 */
export interface SyncStampRow extends StampRow {
  /** The server holds this record for us (pulled, or a push of it was acknowledged). */
  synced?: boolean;
  /** During a full resync: the epoch in which the server last delivered the record. */
  seen?: number;
  projection?: 'full' | 'signal';
}

/**
 * Fields the server sets itself and does not stamp: they always follow the server. `deletedAt` is
 * stamped (delete and restore order by it); `deletedBy` goes with whichever `deletedAt` wins.
 */
export const SERVER_OWNED = new Set(['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'deletedBy']);

export interface Rebased {
  row: Record<string, unknown>;
  stamps: SyncStampRow;
}

/**
 * A pulled record with this replica's unacknowledged edits on top. A pending field keeps the local
 * value while its stamp is later than the server's (the server will take it when the push lands);
 * otherwise the server's value shows and the pending mark waits for the acknowledgement. `base`
 * always follows the server, so rolling back a rejected edit shows what the server holds now.
 */
export function rebase(
  ref: string,
  server: { data: Record<string, unknown>; stamps: Record<string, string>; projection: 'full' | 'signal' },
  local: { row: Record<string, unknown> | undefined; stamps: SyncStampRow | undefined },
): Rebased {
  const row: Record<string, unknown> = { ...server.data };
  const stamps: Record<string, string> = { ...server.stamps };
  const pending: Record<string, string> = {};
  const base: NonNullable<StampRow['base']> = {};
  let keepLocalDelete = false;
  for (const [field, mine] of Object.entries(local.stamps?.pending ?? {})) {
    const theirs = server.stamps[field];
    pending[field] = mine;
    base[field] = field in server.data ? { v: server.data[field], s: theirs } : { s: theirs };
    if (SERVER_OWNED.has(field)) continue;
    if (theirs !== undefined && compareHlc(mine, theirs) <= 0) continue;
    if (local.row && field in local.row) row[field] = local.row[field];
    else delete row[field];
    stamps[field] = mine;
    if (field === 'deletedAt') keepLocalDelete = true;
  }
  if (keepLocalDelete) row.deletedBy = local.row?.deletedBy ?? null;
  const out: SyncStampRow = { ref, stamps, pending, synced: true, projection: server.projection };
  if (Object.keys(base).length > 0) out.base = base;
  return { row, stamps: out };
}

import { formatHlc, parseHlc } from '../../utils/model/hlc';
import { newId } from '../../utils/model/id';
import type { EntityName } from '../../utils/model/entities';
import type { MutationResult } from '../../utils/model/sync-api';
import type { Actor } from '../auth/actor';
import { can } from '../auth/roles';
import type { Connection } from '../db/connect';
import { GlobalRepo } from '../db/global-repo';
import { withTeam } from '../db/team-repo';
import { applyPush, type PushOptions } from './push';
import { fromRow } from './record';
import { ownLevel } from './visibility';

export interface TrashItem {
  entity: EntityName;
  id: string;
  deletedAt: number;
  deletedBy: string | null;
  data: Record<string, unknown>;
}

/** What this member may restore: their own deletions, or everything visible for an admin. */
export function listTrash(conn: Connection, actor: Actor, limit: number): Promise<TrashItem[]> {
  return withTeam(conn, actor.teamId, async (repo) => {
    const rows = await repo.trash(limit * 4);
    const items: TrashItem[] = [];
    for (const row of rows) {
      const rec = fromRow(row);
      if (ownLevel(actor, rec.entity, rec.data, rec.createdBy) !== 'full') continue;
      if (!can(actor.role, 'restoreAny') && row.deleted_by !== actor.memberId) continue;
      items.push({
        entity: rec.entity,
        id: rec.id,
        deletedAt: Number(row.deleted_at),
        deletedBy: row.deleted_by,
        data: rec.data,
      });
      if (items.length >= limit) break;
    }
    return items;
  });
}

/**
 * Restores through the same path as a pushed `restore`, stamped just after the deletion so the
 * restore wins even when the deleting client's clock ran ahead.
 */
export async function restoreFromTrash(
  conn: Connection,
  actor: Actor,
  entity: EntityName,
  id: string,
  opts: PushOptions,
): Promise<MutationResult | null> {
  const stamp = await withTeam(conn, actor.teamId, async (repo) => {
    const row = (await repo.recordsByIds([id])).find((r) => r.entity === entity);
    return row ? ((JSON.parse(row.stamps) as Record<string, string>).deletedAt ?? '') : null;
  });
  if (stamp === null) return null;
  const wall = Math.max(opts.now, stamp ? parseHlc(stamp).wall + 1 : 0);
  const mutation = {
    id: `restore-${newId()}`,
    entity,
    entityId: id,
    op: 'restore' as const,
    fields: {},
    hlc: formatHlc({ wall, counter: 0 }, 'server'),
  };
  const { results } = await applyPush(conn, actor, { clientId: 'server', mutations: [mutation] }, opts);
  return results[0] ?? null;
}

/** Removes records that have been in the trash longer than `days`; their change rows stay as deletes. */
export async function purgeTrash(conn: Connection, days: number, now: number): Promise<number> {
  let total = 0;
  for (const team of await new GlobalRepo(conn.kysely).listTeams()) {
    total += await withTeam(conn, team.id, async (repo) => {
      const old = await repo.trashOlderThan(now - days * 86_400_000);
      if (old.length === 0) return 0;
      await repo.deleteRefsOf(old);
      await repo.deleteRecords(old);
      await repo.audit([
        {
          at: now,
          actor_id: 'server',
          device_id: null,
          action: 'purge',
          entity: null,
          entity_id: null,
          fields: '[]',
          detail: JSON.stringify({ count: old.length }),
        },
      ]);
      return old.length;
    });
  }
  return total;
}

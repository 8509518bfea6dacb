import type { MeishiDb } from '@/utils/db';
import { EntityNameSchema, type EntityName } from '@/utils/model';
import { z } from 'zod';
import type { CredentialStore } from './credentials';
import { reassign } from './owners';
import { removeEverywhere, syncTables, tableOf, type AnyRow } from './records';
import { requeueAsPut } from './requeue';
import { META, readMeta, writeMeta } from './state';

export interface LeavePlan {
  /** Team records that will be removed from this device. */
  removed: number;
  /** The member's own private records, kept on this device. */
  kept: number;
  /** Unsent local changes to records that will be removed. */
  unsent: number;
}

const LeavingSchema = z.object({ memberId: z.string() });

/** Which rows stay: the member's own private records, and their own private notes about those people. */
async function plan(db: MeishiDb, memberId: string) {
  const keep = new Map<EntityName, AnyRow[]>();
  const drop: { entity: EntityName; id: string }[] = [];
  const keptPeople = new Set<string>();
  const mine = (r: AnyRow) => r.createdBy === memberId && r.visibility === 'private';
  for (const entity of EntityNameSchema.options) {
    const rows = await tableOf(db, entity).toArray();
    const kept = rows.filter((r) => {
      switch (entity) {
        case 'person':
        case 'company':
          return mine(r);
        case 'relationship':
        case 'task':
          return mine(r) && (r.personId === undefined || keptPeople.has(String(r.personId)));
        case 'interaction':
          return (
            mine(r) && Array.isArray(r.personIds) && r.personIds.every((id) => keptPeople.has(String(id)))
          );
        default:
          return false;
      }
    });
    if (entity === 'person') for (const p of kept) keptPeople.add(p.id);
    const keptIds = new Set(kept.map((r) => r.id));
    keep.set(entity, kept);
    for (const r of rows) if (!keptIds.has(r.id)) drop.push({ entity, id: r.id });
  }
  return { keep, drop };
}

export async function planLeave(db: MeishiDb, memberId: string): Promise<LeavePlan> {
  return db.transaction('r', syncTables(db), async () => {
    const { keep, drop } = await plan(db, memberId);
    const unsent = drop.length
      ? await db.outbox
          .where('mutation.entityId')
          .anyOf(drop.map((d) => d.id))
          .count()
      : 0;
    return { removed: drop.length, kept: [...keep.values()].reduce((n, rows) => n + rows.length, 0), unsent };
  });
}

/**
 * Leaves the team: the device forgets its token first (so nothing syncs meanwhile), then removes the
 * team's records and keeps the member's own private ones as local records, queued as if new, so a
 * later join shares them again. A marker makes an interrupted leave finish on the next start.
 */
export async function leaveTeam(db: MeishiDb, credentials: CredentialStore): Promise<LeavePlan> {
  const creds = await credentials.get();
  const memberId = creds?.memberId ?? (await readMeta(db, META.memberId, z.string(), 'local'));
  await writeMeta(db, META.leaving, { memberId });
  await credentials.clear();
  return finishLeave(db);
}

export async function finishLeave(db: MeishiDb): Promise<LeavePlan> {
  return db.transaction('rw', syncTables(db), async () => {
    const leaving = await readMeta(db, META.leaving, LeavingSchema.nullable(), null);
    if (!leaving) return { removed: 0, kept: 0, unsent: 0 };
    const { keep, drop } = await plan(db, leaving.memberId);
    const unsent = drop.length
      ? await db.outbox
          .where('mutation.entityId')
          .anyOf(drop.map((d) => d.id))
          .count()
      : 0;
    await removeEverywhere(db, drop);
    await db.outbox.clear();
    let kept = 0;
    const from = new Set([leaving.memberId]);
    for (const [entity, rows] of keep) {
      for (const row of rows) {
        const local = reassign(row, from, 'local');
        await tableOf(db, entity).put(local);
        await requeueAsPut(db, entity, local);
        kept++;
      }
    }
    await db.meta.bulkDelete([
      META.memberId,
      META.members,
      META.cursor,
      META.resync,
      META.backoff,
      META.status,
      META.notices,
      META.initial,
      META.membersFetchedAt,
      META.leaving,
    ]);
    return { removed: drop.length, kept, unsent };
  });
}

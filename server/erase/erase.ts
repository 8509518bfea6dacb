import { sql } from 'kysely';
import type { EraseReceipt } from '../../utils/model/sync-api';
import type { Connection } from '../db/connect';
import { withTeam } from '../db/team-repo';
import { fromRow } from '../sync/record';
import { idKey, identityKeysOf, keyOfEmail, keyOfPhone, markerHash } from './markers';

export interface EraseTarget {
  email?: string;
  phone?: string;
  personId?: string;
}

export interface EraseActor {
  teamId: string;
  memberId: string;
  deviceId: string | null;
}

/**
 * GDPR erasure. In one transaction: finds the people matching the email, phone or id, deletes them
 * and every record pointing at them (relationships, interactions, tasks, intro requests), turns their
 * change-log rows into "erased" at new versions so every replica's next pull deletes them, keeps
 * salted hashes of their identity keys and record ids so a later push of the same person is refused,
 * and audits the receipt (ids and counts only). Afterwards SQLite's WAL is checkpointed so no copy of
 * the erased rows stays in the log file.
 */
export async function erasePerson(
  conn: Connection,
  actor: EraseActor,
  salt: string,
  target: EraseTarget,
  now: number,
): Promise<EraseReceipt> {
  const receipt = await withTeam(conn, actor.teamId, async (repo) => {
    let version = await repo.lockCounter();
    const wanted = new Set<string>();
    if (target.email) wanted.add(keyOfEmail(target.email));
    if (target.phone) wanted.add(keyOfPhone(target.phone));

    const people = (await repo.recordsOf('person')).map(fromRow).filter((p) => {
      if (p.id === target.personId) return true;
      return wanted.size > 0 && identityKeysOf(p.data).some((k) => wanted.has(k));
    });
    const personIds = people.map((p) => p.id);
    const referrers = await repo.referrersOf(personIds);
    const doomed = [...people.map((p) => ({ entity: p.entity as string, id: p.id })), ...referrers];

    const keys = new Set(wanted);
    if (target.personId) keys.add(idKey(target.personId));
    for (const p of people) for (const k of identityKeysOf(p.data)) keys.add(k);
    for (const r of doomed) keys.add(idKey(r.id));
    await repo.addErasures(
      [...keys].map((k) => markerHash(salt, k)),
      now,
    );

    await repo.deleteRefsOf(doomed);
    await repo.deleteRecords(doomed);
    await repo.upsertChanges(
      doomed.map((r) => ({ entity: r.entity, entity_id: r.id, version: ++version, kind: 'erased' })),
    );
    await repo.setCounter(version);

    const counts: Record<string, number> = {
      person: 0,
      relationship: 0,
      interaction: 0,
      task: 0,
      introRequest: 0,
    };
    for (const r of doomed) counts[r.entity] = (counts[r.entity] ?? 0) + 1;
    counts.markers = keys.size;
    const result: EraseReceipt = { erasedAt: now, personIds, counts };
    await repo.audit([
      {
        at: now,
        actor_id: actor.memberId,
        device_id: actor.deviceId,
        action: 'erase',
        entity: null,
        entity_id: null,
        fields: '[]',
        detail: JSON.stringify(result),
      },
    ]);
    return result;
  });
  if (conn.dialect === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(conn.kysely);
  return receipt;
}

import type { EntityName } from '../../utils/model/entities';
import type { Actor } from '../auth/actor';
import type { Connection } from '../db/connect';
import { withTeam, type PulledRow } from '../db/team-repo';
import { personRefs } from './record';
import { SIGNAL_FIELDS, isOwner, levelFor, personLevel, pick, type Level } from './visibility';

export type PullResult = { ok: true; body: string } | { ok: false; currentVersion: number };

/**
 * The changes after `cursor`, in version order, each projected for the asking member. Paging is by
 * change version, so pages never skip or repeat; a record changed between two pages simply comes
 * again later with its newer version. The body is built as text so stored JSON is sent unparsed
 * whenever the member may see the record whole.
 */
export function pull(conn: Connection, actor: Actor, cursor: number, limit: number): Promise<PullResult> {
  return withTeam(conn, actor.teamId, async (repo) => {
    const current = await repo.currentVersion();
    if (cursor > current) return { ok: false, currentVersion: current };
    const rows = await repo.pullPage(cursor, limit + 1);
    const hasMore = rows.length > limit;
    const page = hasMore ? rows.slice(0, limit) : rows;

    const parsed = new Map<PulledRow, Record<string, unknown>>();
    const wanted = new Set<string>();
    for (const row of page) {
      if (row.kind !== 'upsert' || row.data === null || !needsParse(actor, row)) continue;
      const data = JSON.parse(row.data) as Record<string, unknown>;
      parsed.set(row, data);
      const entity = row.entity as EntityName;
      if (!isOwner(actor, entity, data, row.created_by ?? ''))
        for (const id of personRefs(entity, data)) wanted.add(id);
    }
    const people = new Map<string, { visibility: string; created_by: string }>();
    for (const row of page) {
      if (row.entity === 'person' && row.visibility !== null && row.created_by !== null) {
        people.set(row.entity_id, { visibility: row.visibility, created_by: row.created_by });
        wanted.delete(row.entity_id);
      }
    }
    for (const p of await repo.personInfo([...wanted])) people.set(p.id, p);
    const personLevelOf = (id: string): Level => {
      const p = people.get(id);
      // A person not (or no longer) on the server hides nothing.
      return p ? personLevel(actor, p.visibility, p.created_by) : 'full';
    };

    const parts = page.map((row) => changeJson(actor, row, parsed.get(row), personLevelOf));
    const nextCursor = page.length > 0 ? Number(page[page.length - 1]!.version) : cursor;
    return {
      ok: true,
      body: `{"changes":[${parts.join(',')}],"nextCursor":${nextCursor},"hasMore":${hasMore}}`,
    };
  });
}

/** Person and company rows visible to the whole team (or the viewer's own) need no parsing. */
function needsParse(actor: Actor, row: PulledRow): boolean {
  if (row.entity !== 'person' && row.entity !== 'company') return true;
  return row.created_by !== actor.memberId && row.visibility !== 'team';
}

function changeJson(
  actor: Actor,
  row: PulledRow,
  data: Record<string, unknown> | undefined,
  personLevelOf: (id: string) => Level,
): string {
  const head = `"entity":${JSON.stringify(row.entity)},"id":${JSON.stringify(row.entity_id)},"version":${Number(row.version)}`;
  const gone = (why: string) => `{"kind":"gone",${head},"why":"${why}"}`;
  if (row.kind === 'erased') return gone('erased');
  if (row.kind !== 'upsert' || row.data === null || row.stamps === null) return gone('deleted');
  const entity = row.entity as EntityName;
  const level: Level = data ? levelFor(actor, entity, data, row.created_by ?? '', personLevelOf) : 'full';
  if (level === 'hidden') return gone('hidden');
  if (level === 'full')
    return `{"kind":"upsert",${head},"projection":"full","data":${row.data},"stamps":${row.stamps}}`;
  const fields = SIGNAL_FIELDS[entity] ?? [];
  const signalData = pick(data ?? {}, fields);
  const signalStamps = pick(JSON.parse(row.stamps) as Record<string, string>, fields);
  return `{"kind":"upsert",${head},"projection":"signal","data":${JSON.stringify(signalData)},"stamps":${JSON.stringify(signalStamps)}}`;
}

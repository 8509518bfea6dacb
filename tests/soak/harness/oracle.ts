import { sql } from 'kysely';
import { keysOf, refOf, searchTokensOf, TABLE_OF, type MeishiDb } from '../../../utils/db/index';
import {
  ENTITY_SCHEMAS,
  EntityNameSchema,
  PullResponseSchema,
  type EntityName,
  type Mutation,
} from '../../../utils/model/index';
import { ROUTES } from '../../../utils/sync/routes';
import { SERVER_OWNED } from '../../../utils/sync/rebase';
import { reliableFetch, type SoakServer } from './server';

/** JSON with sorted keys and undefined dropped: two equal records print the same. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

export interface ServerTruth {
  records: Map<string, { data: Record<string, unknown>; stamps: Record<string, string> }>;
  erased: Set<string>;
}

export async function readServerTruth(server: SoakServer, teamId: string): Promise<ServerTruth> {
  const { rows, erasedRows } = await server.conn.kysely.transaction().execute(async (trx) => {
    // On PostgreSQL, row-level security shows a transaction only the team it names.
    if (server.conn.dialect === 'postgres')
      await sql`SELECT set_config('meishi.team_id', ${teamId}, true)`.execute(trx);
    return {
      rows: await trx
        .selectFrom('records')
        .select(['entity', 'id', 'data', 'stamps'])
        .where('team_id', '=', teamId)
        .execute(),
      erasedRows: await trx
        .selectFrom('changes')
        .select(['entity_id'])
        .where('team_id', '=', teamId)
        .where('kind', '=', 'erased')
        .execute(),
    };
  });
  return {
    records: new Map(
      rows.map((r) => [
        refOf(r.entity as EntityName, r.id),
        {
          data: JSON.parse(r.data) as Record<string, unknown>,
          stamps: JSON.parse(r.stamps) as Record<string, string>,
        },
      ]),
    ),
    erased: new Set(erasedRows.map((r) => r.entity_id)),
  };
}

/** What the server shows this device: everything from version 0, as the member may see it. */
async function projection(server: SoakServer, token: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let cursor = 0;
  for (;;) {
    const res = await reliableFetch(`${server.url}${ROUTES.pull}?cursor=${cursor}&limit=5000`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = PullResponseSchema.parse(await res.json());
    for (const c of page.changes) {
      const ref = refOf(c.entity, c.id);
      if (c.kind === 'gone') out.delete(ref);
      else out.set(ref, canonical(ENTITY_SCHEMAS[c.entity].parse({ ...c.data, id: c.id })));
    }
    cursor = page.nextCursor;
    if (!page.hasMore) return out;
  }
}

async function replica(db: MeishiDb): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const entity of EntityNameSchema.options) {
    for (const row of (await db.table(TABLE_OF[entity]).toArray()) as Record<string, unknown>[]) {
      out.set(refOf(entity, String(row.id)), row);
    }
  }
  return out;
}

/** Every way a converged device can be wrong, as readable problems (empty when it is right). */
export async function checkDevice(
  label: string,
  db: MeishiDb,
  token: string,
  server: SoakServer,
  truth: ServerTruth,
): Promise<string[]> {
  const problems: string[] = [];
  const say = (p: string) => problems.length < 12 && problems.push(`${label}: ${p}`);
  if ((await db.outbox.count()) > 0) say(`${await db.outbox.count()} changes still queued`);
  const want = await projection(server, token);
  const have = await replica(db);
  for (const [ref, json] of want) {
    const row = have.get(ref);
    if (!row) say(`missing ${ref}`);
    else if (canonical(row) !== json) say(`differs ${ref}\n  replica ${canonical(row)}\n  server  ${json}`);
  }
  for (const ref of have.keys())
    if (!want.has(ref)) say(`extra ${ref}${truth.erased.has(ref.split(':')[1]!) ? ' (erased)' : ''}`);

  const stamps = await db.stamps.toArray();
  for (const s of stamps) {
    if (!have.has(s.ref)) say(`stamps without a record: ${s.ref}`);
    if (Object.keys(s.pending).length > 0) say(`pending fields left on ${s.ref}`);
  }
  for (const k of await db.keys.toArray()) {
    const row = have.get(k.ref);
    if (!row || row.deletedAt != null) {
      say(`keys of a missing or trashed record: ${k.ref}`);
      continue;
    }
    const expectedKeys = keysOf(k.entity, ENTITY_SCHEMAS[k.entity].parse(row), 'JP');
    if (canonical([...k.keys].sort()) !== canonical([...expectedKeys].sort())) say(`stale keys on ${k.ref}`);
  }
  for (const s of await db.search.toArray()) {
    const row = have.get(s.ref);
    if (!row || row.deletedAt != null) say(`search tokens of a missing or trashed record: ${s.ref}`);
    else if (
      canonical(s.tokens) !== canonical(searchTokensOf(s.entity, ENTITY_SCHEMAS[s.entity].parse(row)))
    ) {
      say(`stale search tokens on ${s.ref}`);
    }
  }
  for (const [ref, row] of have) {
    const entity = ref.split(':')[0];
    if ((entity === 'person' || entity === 'company') && row.deletedAt == null && !(await db.keys.get(ref))) {
      say(`no keys row for ${ref}`);
    }
  }
  for (const id of truth.erased) {
    for (const ref of have.keys()) if (ref.endsWith(`:${id}`)) say(`erased record still here: ${ref}`);
  }
  return problems;
}

/**
 * Every acknowledged write is on the server unless a later stamp superseded it or it was erased.
 * Server-set fields are the server's to choose and are not checked.
 */
export function checkAcknowledged(acked: readonly Mutation[], truth: ServerTruth): string[] {
  const problems: string[] = [];
  for (const m of acked) {
    if (problems.length >= 12) break;
    const rec = truth.records.get(refOf(m.entity, m.entityId));
    if (!rec) {
      if (!truth.erased.has(m.entityId))
        problems.push(`acknowledged ${m.op} ${m.id} on ${m.entity}:${m.entityId} is gone`);
      continue;
    }
    if (m.op === 'delete' || m.op === 'restore') {
      const s = rec.stamps.deletedAt;
      const deleted = typeof rec.data.deletedAt === 'number';
      if (s === undefined || s < m.hlc) {
        if (deleted !== (m.op === 'delete')) problems.push(`acknowledged ${m.op} of ${m.entityId} lost`);
      } else if (s === m.hlc && deleted !== (m.op === 'delete'))
        problems.push(`acknowledged ${m.op} of ${m.entityId} lost`);
      continue;
    }
    for (const [field, change] of Object.entries(m.fields)) {
      if (SERVER_OWNED.has(field) || field === 'deletedAt') continue;
      const s = rec.stamps[field];
      const lost =
        s === undefined ||
        s < change.hlc ||
        (s === change.hlc && canonical(rec.data[field] ?? null) !== canonical(change.value ?? null));
      if (lost)
        problems.push(
          `acknowledged ${field}=${canonical(change.value)} of ${m.entity}:${m.entityId} lost (server stamp ${s})`,
        );
    }
  }
  return problems;
}

import {
  ENTITY_SCHEMAS,
  formatHlc,
  newId,
  tickHlc,
  type AnyEntity,
  type EntityName,
  type EntityOf,
  type Mutation,
} from '@/utils/model';
import type { MeishiDb } from './db';
import { NotFoundError, ValidationError } from './errors';
import { getClientId, readHlcState, writeHlcState } from './hlc-clock';
import { keysOf, refOf } from './keys';
import { keysAmong } from './keys-among';
import { TABLE_OF, type KeyRow, type OutboxRow, type SearchRow, type StampRow } from './schema';
import { searchTokensOf } from './search-index';
import type { Actor, NewRecord, RecordPatch } from './write';

type OpFor<N extends EntityName> =
  | { kind: 'create'; entity: N; input: NewRecord<N> & { id: string } }
  | { kind: 'update'; entity: N; id: string; patch: RecordPatch<N> }
  | { kind: 'trash'; entity: N; id: string }
  | { kind: 'restore'; entity: N; id: string }
  /** The record exactly as given, stamps included (restoring a backup): a full 'put' mutation. */
  | { kind: 'put'; entity: N; record: EntityOf<N> };

/** One change for `writeMany`: the same four operations as the single-record write path. */
export type WriteOp = { [N in EntityName]: OpFor<N> }[EntityName];

export interface WriteManyResult {
  /** The record after each op of each accepted unit (unchanged patches give the current record). */
  written: (AnyEntity[] | null)[];
  /** Units left out with `skipInvalid`, with the reason; nothing of them was written. */
  rejected: { unit: number; error: ValidationError | NotFoundError }[];
}

interface Change {
  entity: EntityName;
  id: string;
  prev: AnyEntity | undefined;
  next: AnyEntity;
  op: Mutation['op'];
  fields: string[];
}

const opIdOf = (op: WriteOp): string =>
  op.kind === 'create' ? op.input.id : op.kind === 'put' ? op.record.id : op.id;

function changedFields(before: AnyEntity | undefined, after: AnyEntity): string[] {
  const a = after as Record<string, unknown>;
  const b = before as Record<string, unknown> | undefined;
  const names = new Set([...Object.keys(a), ...Object.keys(b ?? {})]);
  return [...names].filter((k) => JSON.stringify(b?.[k]) !== JSON.stringify(a[k]));
}

/** What the record becomes under `op`, exactly as write.ts builds it. */
function build(op: WriteOp, current: AnyEntity | undefined, now: number, actor: Actor): unknown {
  const id = opIdOf(op);
  const who = actor.memberId;
  if (op.kind === 'create') {
    if (current)
      throw new ValidationError(op.entity, [{ path: 'id', message: 'a record with this id exists' }]);
    return {
      ...op.input,
      id,
      createdAt: now,
      createdBy: who,
      updatedAt: now,
      updatedBy: who,
      deletedAt: null,
      deletedBy: null,
    };
  }
  if (op.kind === 'put') return op.record;
  if (!current) throw new NotFoundError(op.entity, id);
  if (op.kind === 'update') return { ...current, ...op.patch, id, updatedAt: now, updatedBy: who };
  if (op.kind === 'trash')
    return { ...current, deletedAt: now, deletedBy: who, updatedAt: now, updatedBy: who };
  return { ...current, deletedAt: null, deletedBy: null, updatedAt: now, updatedBy: who };
}

const MUTATION_OP = {
  create: 'put',
  put: 'put',
  update: 'patch',
  trash: 'delete',
  restore: 'restore',
} as const;

function parse(entity: EntityName, value: unknown): AnyEntity {
  const result = ENTITY_SCHEMAS[entity].safeParse(value);
  if (!result.success) throw ValidationError.fromZod(entity, result.error);
  return result.data;
}

/**
 * The write path for many records at once (imports, merges, undo): each op is built, validated,
 * keyed, indexed for search, stamped and queued in the outbox exactly as `createRecord` /
 * `updateRecord` / `trashRecord` / `restoreRecord` do, but with one bulk request per table, so
 * thousands of records cost one transaction rather than thousands.
 *
 * `units` are all-or-nothing groups (a person and its relationship). By default an invalid unit
 * aborts the whole call; with `skipInvalid` it is left out and reported, and the others land.
 */
export async function writeMany(
  db: MeishiDb,
  units: readonly (readonly WriteOp[])[],
  actor: Actor,
  options: { skipInvalid?: boolean } = {},
): Promise<WriteManyResult> {
  const entities = [...new Set(units.flatMap((u) => u.map((op) => op.entity)))];
  const tables = entities.map((e) => db.table(TABLE_OF[e]));
  return db.transaction('rw', [...tables, db.keys, db.stamps, db.outbox, db.meta, db.search], async () => {
    const now = db.clock();
    const state = new Map<string, AnyEntity | undefined>();
    for (const entity of entities) {
      const table = db.table<AnyEntity, string>(TABLE_OF[entity]);
      const ops = units.flatMap((u) => u.filter((op) => op.entity === entity));
      // New ids only need "is it taken?", which one key range answers for all of them: reading
      // each missing record would cost a request apiece (an import creates thousands).
      const fresh = new Set(ops.filter((op) => op.kind === 'create').map(opIdOf));
      const taken = new Set(await keysAmong(table, [...fresh]));
      const read = [...new Set(ops.map(opIdOf).filter((id) => taken.has(id) || !fresh.has(id)))];
      const rows = await table.bulkGet(read);
      for (const id of fresh) state.set(refOf(entity, id), undefined);
      read.forEach((id, i) => state.set(refOf(entity, id), rows[i]));
    }

    const changes: Change[] = [];
    const written: (AnyEntity[] | null)[] = [];
    const rejected: WriteManyResult['rejected'] = [];
    units.forEach((unit, u) => {
      const staged = new Map<string, AnyEntity>();
      const unitChanges: Change[] = [];
      const out: AnyEntity[] = [];
      try {
        for (const op of unit) {
          const id = opIdOf(op);
          const ref = refOf(op.entity, id);
          const current = staged.get(ref) ?? state.get(ref);
          const next = parse(op.entity, build(op, current, now, actor));
          const mutationOp = MUTATION_OP[op.kind];
          // A put sends every field: no need to diff (an import makes thousands of them).
          const fields = mutationOp === 'put' ? [] : changedFields(current, next);
          if (fields.length === 0 && mutationOp === 'patch') {
            out.push(current ?? next);
            continue;
          }
          staged.set(ref, next);
          unitChanges.push({ entity: op.entity, id, prev: current, next, op: mutationOp, fields });
          out.push(next);
        }
      } catch (error) {
        const expected = error instanceof ValidationError || error instanceof NotFoundError;
        if (!options.skipInvalid || !expected) throw error;
        rejected.push({ unit: u, error });
        written.push(null);
        return;
      }
      for (const [ref, record] of staged) state.set(ref, record);
      changes.push(...unitChanges);
      written.push(out);
    });
    if (changes.length === 0) return { written, rejected };

    await persist(db, changes, state, actor);
    await stampAndQueue(db, changes, now);
    return { written, rejected };
  });
}

/**
 * Dexie reports a bulk write of 50 rows or more to live queries and `storagemutated` listeners as a
 * change to the whole table, and the dashboard's people index then reloads every person, once per
 * import chunk. Slices of 49 are reported key by key, so listeners re-read only what changed.
 */
const SLICE = 49;
async function inSlices<T>(rows: readonly T[], write: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += SLICE) await write(rows.slice(i, i + SLICE));
}

/** Rows, identity keys and search tokens of every touched record, as it finally stands. */
async function persist(
  db: MeishiDb,
  changes: readonly Change[],
  state: ReadonlyMap<string, AnyEntity | undefined>,
  actor: Actor,
): Promise<void> {
  const touched = new Map<string, { entity: EntityName; id: string }>();
  for (const c of changes) touched.set(refOf(c.entity, c.id), { entity: c.entity, id: c.id });
  const rows = new Map<EntityName, AnyEntity[]>();
  const keyRows: KeyRow[] = [];
  const searchRows: SearchRow[] = [];
  const gone: string[] = [];
  for (const [ref, { entity, id }] of touched) {
    const record = state.get(ref);
    if (!record) continue;
    const list = rows.get(entity) ?? [];
    list.push(record);
    rows.set(entity, list);
    if (entity !== 'person' && entity !== 'company') continue;
    if (record.deletedAt != null) gone.push(ref);
    else {
      keyRows.push({ ref, entity, id, keys: keysOf(entity, record, actor.region) });
      searchRows.push({ ref, entity, id, tokens: searchTokensOf(entity, record) });
    }
  }
  for (const [entity, list] of rows) await inSlices(list, (s) => db.table(TABLE_OF[entity]).bulkPut(s));
  await inSlices(keyRows, (s) => db.keys.bulkPut(s));
  await inSlices(searchRows, (s) => db.search.bulkPut(s));
  await inSlices(gone, (s) => db.keys.bulkDelete(s));
  await inSlices(gone, (s) => db.search.bulkDelete(s));
}

/** Per-field HLC stamps (with the rollback base) and one outbox mutation per change, in order. */
async function stampAndQueue(db: MeishiDb, changes: readonly Change[], now: number): Promise<void> {
  const node = await getClientId(db);
  let clock = await readHlcState(db);
  const refs = [...new Set(changes.map((c) => refOf(c.entity, c.id)))];
  const stored = new Set(await keysAmong(db.stamps, refs));
  const known = refs.filter((ref) => stored.has(ref));
  const existing = await db.stamps.bulkGet(known);
  const stampRows = new Map<string, StampRow>();
  for (const ref of refs) stampRows.set(ref, { ref, stamps: {}, pending: {} });
  known.forEach((ref, i) => {
    const row = existing[i];
    if (row) stampRows.set(ref, row);
  });
  const outbox: OutboxRow[] = [];
  for (const c of changes) {
    clock = tickHlc(clock, now);
    const hlc = formatHlc(clock, node);
    const ref = refOf(c.entity, c.id);
    const row = stampRows.get(ref)!;
    const next = c.next as Record<string, unknown>;
    const prev = c.prev as Record<string, unknown> | undefined;
    const fields: Mutation['fields'] = {};
    for (const field of c.op === 'put' ? Object.keys(next) : c.fields) {
      if (!(field in row.pending)) (row.base ??= {})[field] = { v: prev?.[field], s: row.stamps[field] };
      row.stamps[field] = hlc;
      row.pending[field] = hlc;
      fields[field] = { value: next[field] ?? null, hlc };
    }
    outbox.push({
      mutation: { id: newId(), entity: c.entity, entityId: c.id, op: c.op, fields, hlc },
      queuedAt: now,
      attempts: 0,
    });
  }
  await inSlices([...stampRows.values()], (s) => db.stamps.bulkPut(s));
  await inSlices(outbox, (s) => db.outbox.bulkAdd(s));
  await writeHlcState(db, clock);
}

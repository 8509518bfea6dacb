import { ENTITY_SCHEMAS, newId, type EntityName, type EntityOf, type Mutation } from '@/utils/model';
import type { MeishiDb } from './db';
import { NotFoundError, ValidationError } from './errors';
import { nextStamp } from './hlc-clock';
import { refOf, updateKeys } from './keys';
import { TABLE_OF } from './schema';
import { updateSearch } from './search-index';

export interface Actor {
  memberId: string;
  /** Default phone region for identity keys. */
  region?: string;
}

type MetaField = 'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'deletedAt' | 'deletedBy';
export type NewRecord<N extends EntityName> = Omit<
  import('zod').input<(typeof ENTITY_SCHEMAS)[N]>,
  MetaField
> & { id?: string };
export type RecordPatch<N extends EntityName> = Partial<Omit<EntityOf<N>, MetaField>>;

function tableFor<N extends EntityName>(db: MeishiDb, entity: N) {
  // Each entity's table holds exactly that entity's records; the cast names that fact once.
  return db.table(TABLE_OF[entity]) as unknown as import('dexie').Table<EntityOf<N>, string>;
}

function parse<N extends EntityName>(entity: N, value: unknown): EntityOf<N> {
  const result = ENTITY_SCHEMAS[entity].safeParse(value);
  if (!result.success) throw ValidationError.fromZod(entity, result.error);
  return result.data as EntityOf<N>;
}

function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): string[] {
  const names = new Set([...Object.keys(after), ...Object.keys(before ?? {})]);
  return [...names].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after[k]));
}

/**
 * The one write path: validate, put the row, keep `keys`, `search` and `stamps` in step and append
 * the outbox mutation — all in one transaction, so a write without its outbox entry cannot exist.
 */
async function commit<N extends EntityName>(
  db: MeishiDb,
  entity: N,
  id: string,
  build: (current: EntityOf<N> | undefined, now: number) => unknown,
  op: Mutation['op'],
  actor: Actor,
): Promise<EntityOf<N>> {
  const table = tableFor(db, entity);
  return db.transaction('rw', [table, db.keys, db.stamps, db.outbox, db.meta, db.search], async () => {
    const now = db.clock();
    const current = await table.get(id);
    const next = parse(entity, build(current, now));
    const fields = changedFields(
      current as Record<string, unknown> | undefined,
      next as Record<string, unknown>,
    );
    if (fields.length === 0 && op === 'patch') return next;
    await table.put(next);
    await updateKeys(db, entity, next, id, actor.region);
    await updateSearch(db, entity, next);
    const hlc = await nextStamp(db, now);
    const ref = refOf(entity, id);
    const stampRow = (await db.stamps.get(ref)) ?? { ref, stamps: {}, pending: {} };
    const mutationFields: Mutation['fields'] = {};
    for (const field of op === 'put' ? Object.keys(next) : fields) {
      // The value the server last had, kept until acknowledged so a rejected edit can be rolled back.
      if (!(field in stampRow.pending)) {
        const prev = (current as Record<string, unknown> | undefined)?.[field];
        (stampRow.base ??= {})[field] = { v: prev, s: stampRow.stamps[field] };
      }
      stampRow.stamps[field] = hlc;
      stampRow.pending[field] = hlc;
      mutationFields[field] = { value: (next as Record<string, unknown>)[field] ?? null, hlc };
    }
    await db.stamps.put(stampRow);
    await db.outbox.add({
      mutation: { id: newId(), entity, entityId: id, op, fields: mutationFields, hlc },
      queuedAt: now,
      attempts: 0,
    });
    return next;
  });
}

export function createRecord<N extends EntityName>(
  db: MeishiDb,
  entity: N,
  input: NewRecord<N>,
  actor: Actor,
): Promise<EntityOf<N>> {
  const id = input.id ?? newId();
  return commit(
    db,
    entity,
    id,
    (current, now) => {
      if (current)
        throw new ValidationError(entity, [{ path: 'id', message: 'a record with this id exists' }]);
      return {
        ...input,
        id,
        createdAt: now,
        createdBy: actor.memberId,
        updatedAt: now,
        updatedBy: actor.memberId,
        deletedAt: null,
        deletedBy: null,
      };
    },
    'put',
    actor,
  );
}

export function updateRecord<N extends EntityName>(
  db: MeishiDb,
  entity: N,
  id: string,
  patch: RecordPatch<N>,
  actor: Actor,
): Promise<EntityOf<N>> {
  return commit(
    db,
    entity,
    id,
    (current, now) => {
      if (!current) throw new NotFoundError(entity, id);
      return { ...current, ...patch, id, updatedAt: now, updatedBy: actor.memberId };
    },
    'patch',
    actor,
  );
}

/** Move to the trash (restorable); the row stays with deletedAt set. */
export function trashRecord<N extends EntityName>(db: MeishiDb, entity: N, id: string, actor: Actor) {
  return commit(
    db,
    entity,
    id,
    (current, now) => {
      if (!current) throw new NotFoundError(entity, id);
      return {
        ...current,
        deletedAt: now,
        deletedBy: actor.memberId,
        updatedAt: now,
        updatedBy: actor.memberId,
      };
    },
    'delete',
    actor,
  );
}

export function restoreRecord<N extends EntityName>(db: MeishiDb, entity: N, id: string, actor: Actor) {
  return commit(
    db,
    entity,
    id,
    (current, now) => {
      if (!current) throw new NotFoundError(entity, id);
      return { ...current, deletedAt: null, deletedBy: null, updatedAt: now, updatedBy: actor.memberId };
    },
    'restore',
    actor,
  );
}

import type { z } from 'zod';
import { ENTITY_SCHEMAS } from '../../utils/model/entities';
import type { Mutation } from '../../utils/model/sync-api';
import type { StoredRecord } from './record';

/** Fields the server owns: clients cannot set who created, changed or deleted a record. */
const SERVER_FIELDS = new Set([
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
  'deletedBy',
]);

export type MergeResult =
  | {
      ok: true;
      record: StoredRecord;
      changed: string[];
      /** No value changed, but a stamp moved on (a later delete of a deleted record): keep it. */
      restamped: boolean;
    }
  | { ok: false; reason: 'invalid' | 'conflict'; message: string };

function fieldsOf(entity: Mutation['entity']): Set<string> {
  return new Set(Object.keys((ENTITY_SCHEMAS[entity] as z.ZodObject).shape));
}
const FIELD_CACHE = new Map<string, Set<string>>();
function knownFields(entity: Mutation['entity']): Set<string> {
  let known = FIELD_CACHE.get(entity);
  if (!known) FIELD_CACHE.set(entity, (known = fieldsOf(entity)));
  return known;
}

/**
 * Applies one mutation to a record by per-field last-writer-wins: a field takes the new value only
 * when its stamp is later than the stored one (stamps end in the client id, which breaks ties).
 * Deletion is the `deletedAt` field with its own stamp, so a delete and a restore order the same way.
 * The merged document must still satisfy the entity's schema.
 */
export function merge(
  before: StoredRecord | undefined,
  m: Mutation,
  actor: string,
  now: number,
): MergeResult {
  if (before && before.entity !== m.entity) {
    return {
      ok: false,
      reason: 'conflict',
      message: `id ${m.entityId} already belongs to a ${before.entity}`,
    };
  }
  if (!before && m.op !== 'put') {
    return {
      ok: false,
      reason: 'conflict',
      message: `no ${m.entity} ${m.entityId} on the server; put it first`,
    };
  }
  const known = knownFields(m.entity);
  const data: Record<string, unknown> = { ...(before?.data ?? {}) };
  const stamps: Record<string, string> = { ...(before?.stamps ?? {}) };
  const changed: string[] = [];
  let restamped = false;

  if (m.op === 'put' || m.op === 'patch') {
    for (const [field, change] of Object.entries(m.fields)) {
      if (!known.has(field))
        return { ok: false, reason: 'invalid', message: `${m.entity} has no field "${field}"` };
      if (SERVER_FIELDS.has(field)) continue;
      const current = stamps[field];
      if (current !== undefined && change.hlc <= current) continue;
      if (change.value === null || change.value === undefined) delete data[field];
      else data[field] = change.value;
      stamps[field] = change.hlc;
      changed.push(field);
    }
  } else {
    const deleted = typeof data.deletedAt === 'number';
    const wantDeleted = m.op === 'delete';
    const current = stamps.deletedAt;
    if (current === undefined || m.hlc > current) {
      // The stamp moves on even when the state is already as asked: a restore stamped before this
      // acknowledged delete must not undo it.
      stamps.deletedAt = m.hlc;
      if (deleted !== wantDeleted) {
        data.deletedAt = wantDeleted ? now : null;
        data.deletedBy = wantDeleted ? actor : null;
        changed.push('deletedAt');
      } else restamped = true;
    }
  }

  data.id = m.entityId;
  if (!before) {
    const clientCreated = m.fields.createdAt?.value;
    data.createdAt =
      typeof clientCreated === 'number' &&
      Number.isInteger(clientCreated) &&
      clientCreated > 0 &&
      clientCreated <= now
        ? clientCreated
        : now;
    data.createdBy = actor;
    data.deletedAt ??= null;
    data.deletedBy ??= null;
  }
  if (changed.length > 0 || !before) {
    data.updatedAt = now;
    data.updatedBy = actor;
  }

  const parsed = ENTITY_SCHEMAS[m.entity].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : m.entity;
    return { ok: false, reason: 'invalid', message: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return {
    ok: true,
    record: {
      entity: m.entity,
      id: m.entityId,
      data: parsed.data as Record<string, unknown>,
      stamps,
      createdBy: before?.createdBy ?? actor,
      version: before?.version ?? 0,
    },
    changed,
    restamped: restamped && before !== undefined,
  };
}

import { formatHlc } from '../../../utils/model/hlc';
import { newId } from '../../../utils/model/id';
import type { EntityName } from '../../../utils/model/entities';
import type { Mutation, MutationOp } from '../../../utils/model/sync-api';

/** A test clock for HLC stamps: each stamp is one millisecond after the previous one. */
let wall = 1_760_000_000_000;
export function stamp(node = 'client-a'): string {
  wall += 1;
  return formatHlc({ wall, counter: 0 }, node);
}

export function mutation(
  entity: EntityName,
  entityId: string,
  op: MutationOp,
  values: Record<string, unknown> = {},
  opts: { node?: string; id?: string; hlc?: string } = {},
): Mutation {
  const hlc = opts.hlc ?? stamp(opts.node);
  const fields: Mutation['fields'] = {};
  for (const [k, v] of Object.entries(values)) fields[k] = { value: v, hlc };
  return { id: opts.id ?? newId(), entity, entityId, op, fields, hlc };
}

export const put = (
  entity: EntityName,
  id: string,
  values: Record<string, unknown>,
  opts?: { node?: string; hlc?: string },
) => mutation(entity, id, 'put', values, opts);
export const patch = (
  entity: EntityName,
  id: string,
  values: Record<string, unknown>,
  opts?: { node?: string; hlc?: string },
) => mutation(entity, id, 'patch', values, opts);
export const del = (entity: EntityName, id: string, opts?: { node?: string }) =>
  mutation(entity, id, 'delete', {}, opts);
export const restore = (entity: EntityName, id: string, opts?: { node?: string }) =>
  mutation(entity, id, 'restore', {}, opts);

export function person(values: Record<string, unknown> = {}): Record<string, unknown> {
  return { displayName: 'Hanako Sato', companyName: 'Example KK', visibility: 'team', ...values };
}

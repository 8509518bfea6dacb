import type { EntityName } from '../../utils/model/entities';
import type { Role } from '../../utils/model/team';
import { str } from './record';

/** How much of a record a member may see. */
export type Level = 'full' | 'signal' | 'hidden';

export interface Viewer {
  memberId: string;
  role: Role;
}

const RANK: Record<Level, number> = { hidden: 0, signal: 1, full: 2 };
export function lower(a: Level, b: Level): Level {
  return RANK[a] <= RANK[b] ? a : b;
}

function byVisibility(visibility: string | undefined, signalAllowed: boolean): Level {
  if (visibility === 'team' || visibility === undefined) return 'full';
  if (visibility === 'signal' && signalAllowed) return 'signal';
  return 'hidden';
}

/** Whether the viewer owns the record: owners always see it whole. */
export function isOwner(
  viewer: Viewer,
  entity: EntityName,
  data: Record<string, unknown>,
  createdBy: string,
): boolean {
  const me = viewer.memberId;
  if (createdBy === me) return true;
  switch (entity) {
    case 'relationship':
    case 'interaction':
      return str(data, 'memberId') === me;
    case 'task':
      return str(data, 'assignee') === me;
    case 'introRequest':
      return str(data, 'requesterId') === me || str(data, 'introducerId') === me;
    default:
      return false;
  }
}

/** The record's own level for this viewer, before looking at the people it points at. */
export function ownLevel(
  viewer: Viewer,
  entity: EntityName,
  data: Record<string, unknown>,
  createdBy: string,
): Level {
  if (isOwner(viewer, entity, data, createdBy)) return 'full';
  const visibility = str(data, 'visibility');
  switch (entity) {
    case 'person':
    case 'company':
    case 'relationship':
      return byVisibility(visibility, true);
    case 'interaction':
    case 'task':
      return byVisibility(visibility, false);
    case 'introRequest':
      // Only the requester, the introducer and admins see an introduction request.
      return viewer.role === 'admin' ? 'full' : 'hidden';
  }
}

/** A person's level from its stored columns alone (used for records that point at people). */
export function personLevel(viewer: Viewer, visibility: string, createdBy: string): Level {
  if (createdBy === viewer.memberId) return 'full';
  return byVisibility(visibility, true);
}

/**
 * The level a viewer gets, taking the people a record points at into account: what is said about a
 * person the viewer may only glimpse (signal) or not see at all must not leak through a relationship,
 * an interaction or a task.
 */
export function levelFor(
  viewer: Viewer,
  entity: EntityName,
  data: Record<string, unknown>,
  createdBy: string,
  personLevelOf: (personId: string) => Level,
): Level {
  const own = ownLevel(viewer, entity, data, createdBy);
  if (own === 'hidden' || isOwner(viewer, entity, data, createdBy)) return own;
  switch (entity) {
    case 'relationship': {
      const personId = str(data, 'personId');
      return personId ? lower(own, personLevelOf(personId)) : own;
    }
    case 'interaction': {
      const ids = Array.isArray(data.personIds) ? data.personIds : [];
      return ids.every((id) => typeof id === 'string' && personLevelOf(id) === 'full') ? own : 'hidden';
    }
    case 'task': {
      const personId = str(data, 'personId');
      return personId && personLevelOf(personId) !== 'full' ? 'hidden' : own;
    }
    default:
      return own;
  }
}

const META = [
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
  'deletedBy',
  'visibility',
];

/** What a signal shows: who someone is and where they work, and who on the team knows them. */
export const SIGNAL_FIELDS: Partial<Record<EntityName, readonly string[]>> = {
  person: [
    ...META,
    'displayName',
    'givenName',
    'familyName',
    'givenNamePhonetic',
    'familyNamePhonetic',
    'nameOrder',
    'companyId',
    'companyName',
  ],
  company: [...META, 'name'],
  relationship: [...META, 'memberId', 'personId'],
};

export function pick<T>(source: Record<string, T>, fields: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const f of fields) {
    const v = source[f];
    if (v !== undefined) out[f] = v;
  }
  return out;
}

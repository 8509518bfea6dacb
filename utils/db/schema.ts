import type {
  Company,
  EntityName,
  Interaction,
  IntroRequest,
  Person,
  Relationship,
  Task,
} from '@/utils/model';
import type { Mutation } from '@/utils/model';

/** Table name of each synced entity. */
export const TABLE_OF = {
  person: 'people',
  company: 'companies',
  relationship: 'relationships',
  interaction: 'interactions',
  task: 'tasks',
  introRequest: 'introRequests',
} as const satisfies Record<EntityName, string>;

export type TableName = (typeof TABLE_OF)[EntityName];

/** Identity keys of one record: `keys` is a multi-entry index, so "who has email:x" is one B-tree look-up. */
export interface KeyRow {
  /** `${entity}:${id}` */
  ref: string;
  entity: EntityName;
  id: string;
  keys: string[];
}

/** A local change waiting for the server's acknowledgement. */
export interface OutboxRow {
  seq?: number;
  mutation: Mutation;
  /** Epoch ms of the first attempt, for status and backoff. */
  queuedAt: number;
  attempts: number;
}

/** Per-field HLC stamps of a record: what this replica believes each field's last write was. */
export interface StampRow {
  ref: string;
  stamps: Record<string, string>;
  /** Fields changed locally and not yet acknowledged: a pull never overwrites these. */
  pending: Record<string, string>;
  /** For each pending field, the server's value and stamp before the local edit (rollback on rejection). */
  base?: Record<string, { v?: unknown; s?: string }>;
}

/** Search tokens of a person or company (v2): a multi-entry prefix index for as-you-type search. */
export interface SearchRow {
  ref: string;
  entity: EntityName;
  id: string;
  tokens: string[];
}

/** One row of an undo journal (v3): an operation's header or one chunk of what it changed. Local only. */
export interface JournalRow {
  /** 'op:<opId>' for the header, 'chunk:<opId>:<n>' for each chunk. */
  key: string;
  opId: string;
  /** Epoch ms of the operation, for expiry. */
  at: number;
  value: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface Tables {
  people: Person;
  companies: Company;
  relationships: Relationship;
  interactions: Interaction;
  tasks: Task;
  introRequests: IntroRequest;
}

/**
 * Index only what is queried: updatedAt for lists, companyId for company pages, tags for filters,
 * personId/memberId for "who knows", deletedAt for the trash.
 */
export const SCHEMA_V1 = {
  people: 'id, updatedAt, companyId, deletedAt, *tags',
  companies: 'id, updatedAt, deletedAt',
  relationships: 'id, personId, memberId',
  interactions: 'id, *personIds, memberId, at',
  tasks: 'id, personId, companyId, due',
  introRequests: 'id, targetPersonId, introducerId, requesterId, status',
  keys: 'ref, *keys',
  outbox: '++seq, mutation.entityId',
  stamps: 'ref',
  meta: 'key',
} as const;

/** v2: as-you-type search over names (kana folded), companies, emails, phones and tags. */
export const SCHEMA_V2 = { ...SCHEMA_V1, search: 'ref, *tokens' } as const;

/** v3: undo journals of imports and merges, kept apart from `meta` so big journals never slow its readers. */
export const SCHEMA_V3 = { ...SCHEMA_V2, journal: 'key, opId, at' } as const;

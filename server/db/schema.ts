import type { Generated } from 'kysely';

/**
 * Tables as Kysely sees them. Numbers are epoch milliseconds or per-team versions; JSON is stored
 * as text so SQLite and PostgreSQL share one code path.
 */
export interface TeamsTable {
  id: string;
  name: string;
  created_at: number;
  /** Secret salt for erasure markers, so a stolen database cannot be searched for an email by hash. */
  erase_salt: string;
}

export interface TeamCountersTable {
  team_id: string;
  /** The last version handed out; locked by each push so versions follow commit order. */
  version: number;
}

export interface MembersTable {
  id: string;
  team_id: string;
  name: string;
  email: string | null;
  role: string;
  created_at: number;
  revoked_at: number | null;
}

export interface DevicesTable {
  id: string;
  team_id: string;
  member_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  revoked_at: number | null;
  last_seen_at: number | null;
}

export interface InvitesTable {
  id: string;
  team_id: string;
  code_hash: string;
  role: string;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  used_by: string | null;
}

export interface RecordsTable {
  team_id: string;
  entity: string;
  id: string;
  data: string;
  stamps: string;
  visibility: string;
  created_by: string;
  deleted_at: number | null;
  deleted_by: string | null;
  version: number;
}

export interface ChangesTable {
  team_id: string;
  entity: string;
  entity_id: string;
  version: number;
  /** 'upsert' | 'deleted' | 'erased' */
  kind: string;
}

export interface RefsTable {
  team_id: string;
  entity: string;
  id: string;
  person_id: string;
}

export interface AppliedMutationsTable {
  team_id: string;
  client_id: string;
  mutation_id: string;
  applied_at: number;
}

export interface AuditTable {
  team_id: string;
  seq: Generated<number>;
  at: number;
  actor_id: string;
  device_id: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  /** JSON array of field names (never values). */
  fields: string;
  /** JSON object of ids and counts (never personal data). */
  detail: string;
}

export interface ErasuresTable {
  team_id: string;
  hash: string;
  created_at: number;
}

export interface BrakesTable {
  team_id: string;
  member_id: string;
  paused_at: number | null;
  released_at: number | null;
}

export interface Database {
  teams: TeamsTable;
  team_counters: TeamCountersTable;
  members: MembersTable;
  devices: DevicesTable;
  invites: InvitesTable;
  records: RecordsTable;
  changes: ChangesTable;
  refs: RefsTable;
  applied_mutations: AppliedMutationsTable;
  audit: AuditTable;
  erasures: ErasuresTable;
  brakes: BrakesTable;
}

/** Tables holding a team's content: scoped by the team repository and, on PostgreSQL, by row-level security. */
export const TEAM_TABLES = [
  'team_counters',
  'members',
  'records',
  'changes',
  'refs',
  'applied_mutations',
  'audit',
  'erasures',
  'brakes',
] as const;

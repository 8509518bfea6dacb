import { refOf, type MeishiDb } from '@/utils/db';
import { ENTITY_SCHEMAS, EntityNameSchema, JoinRequestSchema, type EntityName } from '@/utils/model';
import { NO_BACKOFF } from './backoff';
import { normalizeServerUrl, type CredentialStore, type Credentials } from './credentials';
import { SyncError } from './errors';
import { joinRequest, type FetchLike } from './http';
import { reassign } from './owners';
import type { SyncStampRow } from './rebase';
import { syncTables, tableOf, type AnyRow } from './records';
import { requeueAsPut } from './requeue';
import { META, readMeta, writeMeta } from './state';
import { z } from 'zod';

export const JoinInputSchema = z.object({
  serverUrl: z.string().trim().min(1).max(2048),
  invite: z.string().trim().min(8).max(200),
  name: z.string().trim().min(1).max(100),
  email: z.string().trim().max(320).optional(),
  deviceName: z.string().trim().min(1).max(100).default('browser'),
});
export type JoinInput = z.input<typeof JoinInputSchema>;

/** Records saved on this device before joining, by visibility: each is shared as its visibility says. */
export interface LocalRecords {
  total: number;
  byVisibility: { private: number; signal: number; team: number };
}

export interface JoinOutcome {
  memberId: string;
  memberName: string;
  teamName: string;
  role: Credentials['role'];
  local: LocalRecords;
}

export interface JoinDeps {
  db: MeishiDb;
  fetch: FetchLike;
  credentials: CredentialStore;
  now: () => number;
}

/**
 * Exchanges an invite for a device token, keeps the token in the credential store, then adopts the
 * records saved here before joining (nothing local is wiped). The first pull is the caller's next sync.
 */
export async function joinTeam(deps: JoinDeps, input: JoinInput): Promise<JoinOutcome> {
  const checked = JoinInputSchema.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    if (issue?.path[0] === 'invite') throw new SyncError('invite-invalid', 'this invite code is not valid');
    throw new SyncError('bad-request', `${issue?.path.join('.') ?? 'join'}: ${issue?.message ?? 'invalid'}`);
  }
  const parsed = checked.data;
  const serverUrl = normalizeServerUrl(parsed.serverUrl);
  if (!serverUrl)
    throw new SyncError('bad-request', 'the server address must start with https:// or http://');
  if (await deps.credentials.get())
    throw new SyncError('bad-request', 'this device is already in a team; leave it first');
  const req = JoinRequestSchema.parse({
    invite: parsed.invite,
    name: parsed.name,
    deviceName: parsed.deviceName,
    ...(parsed.email ? { email: parsed.email } : {}),
  });
  const res = await joinRequest(deps.fetch, serverUrl, req, deps.now);
  const creds: Credentials = {
    serverUrl,
    token: res.token,
    teamId: res.team.id,
    teamName: res.team.name,
    memberId: res.member.id,
    memberName: res.member.name,
    role: res.member.role,
    deviceId: res.deviceId,
    joinedAt: deps.now(),
  };
  await deps.credentials.set(creds);
  const local = await adoptLocalRecords(deps.db, creds);
  return {
    memberId: creds.memberId,
    memberName: creds.memberName,
    teamName: creds.teamName,
    role: creds.role,
    local,
  };
}

/**
 * Makes this replica the member's: local-only records change owner from "local" to the member and are
 * queued whole for the server, keeping their visibility; sync state starts from version 0. Idempotent,
 * so an interrupted join finishes on the next sync.
 */
export async function adoptLocalRecords(db: MeishiDb, creds: Credentials): Promise<LocalRecords> {
  return db.transaction('rw', syncTables(db), async () => {
    const counts: LocalRecords = { total: 0, byVisibility: { private: 0, signal: 0, team: 0 } };
    const previous = await readMeta(db, META.memberId, z.string(), 'local');
    if (previous === creds.memberId) return counts;
    const from = new Set(['local', previous]);
    for (const entity of EntityNameSchema.options) {
      const table = tableOf(db, entity);
      const rows = await table.toArray();
      const stamps = (await db.stamps.bulkGet(rows.map((r) => refOf(entity, r.id)))) as (
        SyncStampRow | undefined
      )[];
      for (const [i, row] of rows.entries()) {
        if (stamps[i]?.synced) continue;
        const next = adopt(entity, row, from, creds.memberId);
        if (!next) continue;
        await table.put(next);
        await requeueAsPut(db, entity, next);
        counts.total++;
        const visibility = next.visibility;
        if (visibility === 'private' || visibility === 'signal' || visibility === 'team')
          counts.byVisibility[visibility]++;
      }
    }
    await writeMeta(db, META.memberId, creds.memberId);
    await writeMeta(db, META.members, [{ id: creds.memberId, name: creds.memberName }]);
    await writeMeta(db, META.cursor, 0);
    await writeMeta(db, META.initial, { applied: 0, done: false, startedAt: db.clock() });
    await writeMeta(db, META.backoff, NO_BACKOFF);
    await db.meta.bulkDelete([META.resync, META.status, META.notices, META.membersFetchedAt]);
    return counts;
  });
}

function adopt(entity: EntityName, row: AnyRow, from: ReadonlySet<string>, to: string): AnyRow | null {
  const parsed = ENTITY_SCHEMAS[entity].safeParse(reassign(row, from, to));
  return parsed.success ? (parsed.data as unknown as AnyRow) : null;
}

import { z } from 'zod';
import type { MeishiDb } from '@/utils/db';
import { RejectReasonSchema } from '@/utils/model';

/**
 * Everything the sync engine remembers lives in the `meta` table, so a service worker killed at any
 * instant restarts from exactly what was committed. Values are parsed on the way out: a damaged
 * entry degrades to its default rather than stopping sync.
 */
export const META = {
  memberId: 'memberId',
  members: 'members',
  cursor: 'sync.cursor',
  resync: 'sync.resync',
  backoff: 'sync.backoff',
  status: 'sync.status',
  notices: 'sync.notices',
  leaving: 'sync.leaving',
  initial: 'sync.initial',
  membersFetchedAt: 'sync.membersFetchedAt',
} as const;

export const ResyncStateSchema = z.object({ epoch: z.number(), reason: z.string() });
export type ResyncState = z.infer<typeof ResyncStateSchema>;

export const BackoffStateSchema = z.object({
  failures: z.number().int().nonnegative(),
  /** No automatic attempt before this time (epoch ms). */
  until: z.number(),
  /** A server's Retry-After: not even a manual attempt before this. */
  hardUntil: z.number().default(0),
  /** When it was set: a clock now earlier than this has jumped back, and the wait is void. */
  at: z.number().default(0),
});
export type BackoffState = z.infer<typeof BackoffStateSchema>;

export const LastErrorSchema = z.object({
  at: z.number(),
  kind: z.string(),
  message: z.string(),
  status: z.number().optional(),
});
export type LastError = z.infer<typeof LastErrorSchema>;

export const StatusStateSchema = z.object({
  lastSuccessAt: z.number().nullable().default(null),
  lastAttemptAt: z.number().nullable().default(null),
  lastError: LastErrorSchema.nullable().default(null),
  /** The last successful sync that moved anything: how much, and how long it and its local transactions took. */
  lastRun: z
    .object({
      sent: z.number(),
      pulled: z.number(),
      removed: z.number(),
      ms: z.number(),
      applyMs: z.number(),
    })
    .nullable()
    .default(null),
});
export type StatusState = z.infer<typeof StatusStateSchema>;

/** A local change the server refused, kept so the user sees why it was rolled back. */
export const NoticeSchema = z.object({
  at: z.number(),
  entity: z.string(),
  entityId: z.string(),
  name: z.string().optional(),
  reason: RejectReasonSchema,
  message: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

/** Progress of the first pull after joining (or of a full resync). */
export const InitialStateSchema = z.object({
  applied: z.number().int().nonnegative(),
  done: z.boolean(),
  startedAt: z.number(),
});
export type InitialState = z.infer<typeof InitialStateSchema>;

export const MembersSchema = z.array(z.object({ id: z.string(), name: z.string() }));

export async function readMeta<T>(db: MeishiDb, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const row = await db.meta.get(key);
  if (row === undefined) return fallback;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : fallback;
}

export async function writeMeta(db: MeishiDb, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

export const readCursor = (db: MeishiDb) => readMeta(db, META.cursor, z.number().int().nonnegative(), 0);
export const readResync = (db: MeishiDb) => readMeta(db, META.resync, ResyncStateSchema.nullable(), null);
export const readBackoff = (db: MeishiDb) =>
  readMeta(db, META.backoff, BackoffStateSchema, { failures: 0, until: 0, hardUntil: 0, at: 0 });
export const readStatus = (db: MeishiDb) =>
  readMeta(db, META.status, StatusStateSchema, {
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    lastRun: null,
  });
export const readNotices = (db: MeishiDb) => readMeta(db, META.notices, z.array(NoticeSchema), []);
export const readInitial = (db: MeishiDb) => readMeta(db, META.initial, InitialStateSchema.nullable(), null);

const MAX_NOTICES = 50;

/** Call inside a transaction over `meta`. */
export async function addNotices(db: MeishiDb, notices: readonly Notice[]): Promise<void> {
  if (notices.length === 0) return;
  const all = [...(await readNotices(db)), ...notices];
  await writeMeta(db, META.notices, all.slice(-MAX_NOTICES));
}

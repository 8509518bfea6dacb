import { z } from 'zod';
import type { MeishiDb } from '@/utils/db';
import { EntityNameSchema, MemberIdSchema, TimestampSchema, newId } from '@/utils/model';

/** How long an import or merge can be undone. */
export const UNDO_DAYS = 30;
const DAY_MS = 86_400_000;

export const OpKindSchema = z.enum(['import', 'merge', 'auto-merge', 'restore']);
export type OpKind = z.infer<typeof OpKindSchema>;

/** An import, a merge or a restore: what the user sees in "recent changes", with its undo. */
export const HygieneOpSchema = z.object({
  id: z.string().min(1),
  kind: OpKindSchema,
  at: TimestampSchema,
  by: MemberIdSchema,
  /** A file name, or the names of the merged people. */
  label: z.string().max(500),
  /** The import format (linkedin, vcard, …) when it is an import. */
  format: z.string().max(32).optional(),
  counts: z.record(z.string(), z.number().int().nonnegative()).default({}),
  status: z.enum(['running', 'done', 'undone']),
  undoneAt: TimestampSchema.optional(),
});
export type HygieneOp = z.infer<typeof HygieneOpSchema>;

const FieldsSchema = z.record(z.string(), z.unknown());

/**
 * One reversible change: a record created (undo: trash it), trashed (undo: restore it) or updated
 * (undo: put back `before` for the fields in `after`). Fields absent before are stored as missing
 * keys of `before`, and undo clears them.
 */
export const StepSchema = z.object({
  entity: EntityNameSchema,
  id: z.string().min(1),
  change: z.enum(['created', 'trashed', 'updated']),
  before: FieldsSchema.optional(),
  after: FieldsSchema.optional(),
});
export type Step = z.infer<typeof StepSchema>;

export const ChunkSchema = z.object({
  steps: z.array(StepSchema),
  undone: z.boolean().default(false),
});
export type Chunk = z.infer<typeof ChunkSchema>;

const opKey = (opId: string) => `op:${opId}`;
const chunkKey = (opId: string, n: number) => `chunk:${opId}:${String(n).padStart(6, '0')}`;

export function newOp(
  kind: OpKind,
  by: string,
  label: string,
  at: number,
  extra: Partial<HygieneOp> = {},
): HygieneOp {
  return { id: newId(), kind, at, by, label, counts: {}, status: 'running', ...extra };
}

/** Writes or replaces an operation's header; call inside the transaction of the change it describes. */
export async function putOp(db: MeishiDb, op: HygieneOp): Promise<void> {
  await db.journal.put({ key: opKey(op.id), opId: op.id, at: op.at, value: HygieneOpSchema.parse(op) });
}

/** Appends chunk `n` of an operation; call inside the transaction that made these changes. */
export async function putChunk(db: MeishiDb, op: HygieneOp, n: number, chunk: Chunk): Promise<void> {
  await db.journal.put({ key: chunkKey(op.id, n), opId: op.id, at: op.at, value: chunk });
}

export async function getOp(db: MeishiDb, opId: string): Promise<HygieneOp | undefined> {
  const row = await db.journal.get(opKey(opId));
  const parsed = HygieneOpSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

/** The chunk keys of an operation, in the order they were written. */
export async function chunkKeys(db: MeishiDb, opId: string): Promise<string[]> {
  const keys = await db.journal.where('key').startsWith(`chunk:${opId}:`).primaryKeys();
  return keys.sort();
}

export async function getChunk(db: MeishiDb, key: string): Promise<Chunk | undefined> {
  const row = await db.journal.get(key);
  const parsed = ChunkSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function markChunkUndone(db: MeishiDb, key: string, chunk: Chunk): Promise<void> {
  await db.journal.update(key, { value: { ...chunk, undone: true } });
}

/** Recent operations, newest first, that can still be undone or were undone; expired ones are left out. */
export async function listOps(db: MeishiDb, now: number, kinds?: readonly OpKind[]): Promise<HygieneOp[]> {
  const rows = await db.journal.where('key').startsWith('op:').toArray();
  const out: HygieneOp[] = [];
  for (const row of rows) {
    const parsed = HygieneOpSchema.safeParse(row.value);
    if (!parsed.success || isExpired(parsed.data, now)) continue;
    if (kinds && !kinds.includes(parsed.data.kind)) continue;
    out.push(parsed.data);
  }
  return out.sort((a, b) => b.at - a.at);
}

export function expiresAt(op: Pick<HygieneOp, 'at'>): number {
  return op.at + UNDO_DAYS * DAY_MS;
}

export function isExpired(op: Pick<HygieneOp, 'at'>, now: number): boolean {
  return now >= expiresAt(op);
}

/** Forgets journals older than the undo window (the changes themselves stay). Returns how many. */
export async function purgeExpired(db: MeishiDb, now: number): Promise<number> {
  const cutoff = now - UNDO_DAYS * DAY_MS;
  const old = await db.journal.where('at').belowOrEqual(cutoff).toArray();
  const ops = new Set(old.map((r) => r.opId));
  await db.journal.bulkDelete(old.map((r) => r.key));
  return ops.size;
}

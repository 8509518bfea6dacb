import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { EntityNameSchema } from './entities';
import { HlcSchema } from './hlc';
import { MemberSchema, RoleSchema, TeamSchema } from './team';

/** A field's new value with the stamp that orders it (per-field last-writer-wins). */
export const FieldChangeSchema = z.object({ value: z.unknown(), hlc: HlcSchema });

export const MutationOpSchema = z.enum(['put', 'patch', 'delete', 'restore']);
export type MutationOp = z.infer<typeof MutationOpSchema>;

export const MutationSchema = z.object({
  /** Unique per client; (clientId, id) makes retries harmless. */
  id: z.string().min(1).max(64),
  entity: EntityNameSchema,
  entityId: IdSchema,
  op: MutationOpSchema,
  /** put: every field; patch: changed fields; delete/restore: may be empty. */
  fields: z.record(z.string().max(64), FieldChangeSchema).default({}),
  /** Stamp of the operation itself (delete/restore order against field writes). */
  hlc: HlcSchema,
});
export type Mutation = z.infer<typeof MutationSchema>;

export const PushRequestSchema = z.object({
  clientId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'clientId must be 1-64 URL-safe characters'),
  mutations: z.array(MutationSchema).min(1).max(500),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const RejectReasonSchema = z.enum(['forbidden', 'erased', 'invalid', 'conflict']);
export type RejectReason = z.infer<typeof RejectReasonSchema>;

export const MutationResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('applied'), version: z.number().int() }),
  z.object({ id: z.string(), status: z.literal('duplicate') }),
  z.object({
    id: z.string(),
    status: z.literal('rejected'),
    reason: RejectReasonSchema,
    message: z.string(),
  }),
]);
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z.object({ results: z.array(MutationResultSchema) });
export type PushResponse = z.infer<typeof PushResponseSchema>;

/** How much of a record this member may see. */
export const ProjectionSchema = z.enum(['full', 'signal']);

export const ChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('upsert'),
    entity: EntityNameSchema,
    id: IdSchema,
    version: z.number().int(),
    projection: ProjectionSchema,
    /** The record as this member may see it (validated by the entity schema on arrival). */
    data: z.record(z.string(), z.unknown()),
    /** Per-field stamps, so the client can rebase its unsent edits. */
    stamps: z.record(z.string(), HlcSchema),
  }),
  z.object({
    kind: z.literal('gone'),
    entity: EntityNameSchema,
    id: IdSchema,
    version: z.number().int(),
    /** deleted by a user (trash), erased (GDPR), or hidden from this member. */
    why: z.enum(['deleted', 'erased', 'hidden']),
  }),
]);
export type Change = z.infer<typeof ChangeSchema>;

export const PullQuerySchema = z.object({
  cursor: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(5_000).default(1_000),
});

export const PullResponseSchema = z.object({
  changes: z.array(ChangeSchema),
  nextCursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** 409 body: the client's cursor is too old (e.g. compacted); resync from 0. */
export const ResyncResponseSchema = z.object({ error: z.literal('resync'), message: z.string() });

export const JoinRequestSchema = z.object({
  invite: z.string().trim().min(8).max(200),
  name: z.string().trim().min(1).max(100),
  email: z.string().trim().max(320).optional(),
  deviceName: z.string().trim().min(1).max(100).default('browser'),
});
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

export const JoinResponseSchema = z.object({
  token: z.string().startsWith('meishi_'),
  member: MemberSchema,
  team: TeamSchema,
  deviceId: z.string(),
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

export const MeResponseSchema = z.object({ member: MemberSchema, team: TeamSchema, role: RoleSchema });
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const ErrorResponseSchema = z.object({ error: z.string(), message: z.string() });

export const EraseRequestSchema = z
  .object({
    email: z.string().trim().max(320).optional(),
    phone: z.string().trim().max(64).optional(),
    personId: IdSchema.optional(),
  })
  .refine((v) => v.email ?? v.phone ?? v.personId, 'give an email, a phone or a person id');

export const EraseReceiptSchema = z.object({
  erasedAt: TimestampSchema,
  personIds: z.array(IdSchema),
  counts: z.record(z.string(), z.number().int()),
});
export type EraseReceipt = z.infer<typeof EraseReceiptSchema>;

import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { EntityNameSchema } from './entities';
import { IntroRequestSchema } from './intro-request';
import { MemberSchema, RoleSchema } from './team';

/** Team server endpoints beyond push and pull: members, devices, invites, history, trash, audit. */

export const MembersResponseSchema = z.object({ members: z.array(MemberSchema) });
export type MembersResponse = z.infer<typeof MembersResponseSchema>;

export const RoleChangeRequestSchema = z.object({ role: RoleSchema });

export const DeviceSchema = z.object({
  id: z.string(),
  memberId: z.string(),
  name: z.string(),
  createdAt: TimestampSchema,
  lastSeenAt: TimestampSchema.nullable(),
  revokedAt: TimestampSchema.nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;
export const DevicesResponseSchema = z.object({ devices: z.array(DeviceSchema) });

export const NewDeviceRequestSchema = z.object({ deviceName: z.string().trim().min(1).max(100) });
export const NewDeviceResponseSchema = z.object({
  token: z.string().startsWith('meishi_'),
  deviceId: z.string(),
});

export const InviteRequestSchema = z.object({
  role: RoleSchema,
  expiresInDays: z.number().int().min(1).max(365).default(7),
});
export const InviteResponseSchema = z.object({
  code: z.string(),
  role: RoleSchema,
  expiresAt: TimestampSchema,
});
export type InviteResponse = z.infer<typeof InviteResponseSchema>;

/** One line of a record's history: who did what to which fields (names only, never values). */
export const HistoryEntrySchema = z.object({
  at: TimestampSchema,
  actorId: z.string(),
  action: z.string(),
  fields: z.array(z.string()),
});
export const HistoryResponseSchema = z.object({
  entity: EntityNameSchema,
  id: IdSchema,
  entries: z.array(HistoryEntrySchema),
});
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>;

export const TrashItemSchema = z.object({
  entity: EntityNameSchema,
  id: IdSchema,
  deletedAt: TimestampSchema,
  deletedBy: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export const TrashResponseSchema = z.object({ items: z.array(TrashItemSchema) });
export type TrashResponse = z.infer<typeof TrashResponseSchema>;

export const IntrosResponseSchema = z.object({ intros: z.array(IntroRequestSchema) });
export type IntrosResponse = z.infer<typeof IntrosResponseSchema>;

export const AuditQuerySchema = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
});
export const AuditEntrySchema = z.object({
  seq: z.number().int(),
  at: TimestampSchema,
  actorId: z.string(),
  deviceId: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  fields: z.array(z.string()),
  detail: z.record(z.string(), z.unknown()),
});
export const AuditResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditResponse = z.infer<typeof AuditResponseSchema>;

/** Members paused by the mass-delete brake, waiting for an admin. */
export const BrakesResponseSchema = z.object({
  paused: z.array(z.object({ memberId: z.string(), pausedAt: TimestampSchema })),
});

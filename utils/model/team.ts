import { z } from 'zod';
import { TimestampSchema } from './common';

export const RoleSchema = z.enum(['admin', 'member', 'viewer']);
export type Role = z.infer<typeof RoleSchema>;

export const MemberSchema = z.object({
  id: z.string().min(1).max(64),
  teamId: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  email: z.string().trim().max(320).optional(),
  role: RoleSchema,
  createdAt: TimestampSchema,
  revokedAt: TimestampSchema.nullable().default(null),
});
export type Member = z.infer<typeof MemberSchema>;

export const TeamSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  createdAt: TimestampSchema,
});
export type Team = z.infer<typeof TeamSchema>;

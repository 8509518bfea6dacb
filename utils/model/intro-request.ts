import { z } from 'zod';
import { IdSchema, MemberIdSchema, RecordMetaSchema, TimestampSchema } from './common';

export const IntroStatusSchema = z.enum(['asked', 'accepted', 'declined', 'done', 'withdrawn']);
export type IntroStatus = z.infer<typeof IntroStatusSchema>;

/** Seen only by the requester, the introducer and admins. */
export const IntroRequestSchema = RecordMetaSchema.extend({
  requesterId: MemberIdSchema,
  introducerId: MemberIdSchema,
  targetPersonId: IdSchema,
  message: z.string().trim().min(1).max(5_000),
  status: IntroStatusSchema.default('asked'),
  reason: z.string().trim().max(1_000).optional(),
  /** Status changes in order, for the timeline both sides see. */
  history: z
    .array(z.object({ status: IntroStatusSchema, at: TimestampSchema, by: MemberIdSchema }))
    .max(50)
    .default([]),
});
export type IntroRequest = z.infer<typeof IntroRequestSchema>;
export type IntroRequestInput = z.input<typeof IntroRequestSchema>;

import { z } from 'zod';
import { IdSchema, MemberIdSchema, RecordMetaSchema, TimestampSchema, VisibilitySchema } from './common';

export const InteractionKindSchema = z.enum(['meeting', 'call', 'email', 'message', 'event', 'note']);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

export const InteractionSchema = RecordMetaSchema.extend({
  memberId: MemberIdSchema,
  personIds: z.array(IdSchema).min(1).max(50),
  kind: InteractionKindSchema,
  /** When it happened (not when it was logged). */
  at: TimestampSchema,
  /** Who started it: used for the two-way bonus in strength. */
  direction: z.enum(['outbound', 'inbound', 'both']).optional(),
  where: z.string().trim().max(200).optional(),
  note: z.string().max(5_000).optional(),
  visibility: VisibilitySchema.default('team'),
});
export type Interaction = z.infer<typeof InteractionSchema>;
export type InteractionInput = z.input<typeof InteractionSchema>;

import { z } from 'zod';
import { IdSchema, MemberIdSchema, RecordMetaSchema, TimestampSchema, VisibilitySchema } from './common';

/** A human judgement that beats the computed strength. */
export const StrengthOverrideSchema = z.enum(['close', 'know-well', 'met-once']);
export type StrengthOverride = z.infer<typeof StrengthOverrideSchema>;

/**
 * One row per member × person: "who met whom, when". Never an array inside Person,
 * so two members editing at once never overwrite each other.
 */
export const RelationshipSchema = RecordMetaSchema.extend({
  memberId: MemberIdSchema,
  personId: IdSchema,
  /** How we met, in the member's words ("found on linkedin.com", "Tokyo Expo booth"). */
  how: z.string().trim().max(500).optional(),
  metAt: TimestampSchema.optional(),
  where: z.string().trim().max(200).optional(),
  introducedBy: z.string().trim().max(200).optional(),
  override: StrengthOverrideSchema.optional(),
  happyToIntroduce: z.boolean().default(false),
  visibility: VisibilitySchema.default('team'),
});
export type Relationship = z.infer<typeof RelationshipSchema>;
export type RelationshipInput = z.input<typeof RelationshipSchema>;

import { z } from 'zod';
import {
  IdSchema,
  ProvenanceMapSchema,
  RecordMetaSchema,
  SafeUrlSchema,
  StatusSchema,
  TagSchema,
  VisibilitySchema,
} from './common';

export const EmailEntrySchema = z.object({
  value: z.string().trim().min(3).max(320),
  label: z.string().max(32).optional(),
});
export type EmailEntry = z.infer<typeof EmailEntrySchema>;

export const PhoneEntrySchema = z.object({
  /** The number as the source wrote it, kept so nothing is lost when parsing fails. */
  raw: z.string().trim().min(1).max(64),
  /** E.164 when libphonenumber-js could parse it. */
  e164: z
    .string()
    .regex(/^\+[1-9]\d{4,14}$/, 'must be E.164, like +81312345678')
    .optional(),
  label: z.string().max(32).optional(),
});
export type PhoneEntry = z.infer<typeof PhoneEntrySchema>;

export const LinkKindSchema = z.enum(['linkedin', 'website', 'x', 'github', 'other']);
export const LinkEntrySchema = z.object({ kind: LinkKindSchema, url: SafeUrlSchema });
export type LinkEntry = z.infer<typeof LinkEntrySchema>;

export const NameOrderSchema = z.enum(['western', 'family-first']);
export type NameOrder = z.infer<typeof NameOrderSchema>;

export const PersonSchema = RecordMetaSchema.extend({
  displayName: z.string().trim().min(1, 'a person needs a name').max(200),
  givenName: z.string().trim().max(100).optional(),
  familyName: z.string().trim().max(100).optional(),
  givenNamePhonetic: z.string().trim().max(100).optional(),
  familyNamePhonetic: z.string().trim().max(100).optional(),
  nameOrder: NameOrderSchema.default('western'),
  title: z.string().trim().max(200).optional(),
  companyId: IdSchema.optional(),
  /** The company's name as seen, for display before (or without) a Company record. */
  companyName: z.string().trim().max(200).optional(),
  emails: z.array(EmailEntrySchema).max(50).default([]),
  phones: z.array(PhoneEntrySchema).max(50).default([]),
  links: z.array(LinkEntrySchema).max(50).default([]),
  location: z.string().trim().max(200).optional(),
  photoUrl: SafeUrlSchema.optional(),
  notes: z.string().max(20_000).optional(),
  tags: z.array(TagSchema).max(100).default([]),
  status: StatusSchema.default('contact'),
  visibility: VisibilitySchema.default('team'),
  provenance: ProvenanceMapSchema.default({}),
  /** Records a member judged to be someone else ("not a duplicate"); synced, so no one is asked again. */
  notDuplicateOf: z.array(IdSchema).max(500).optional(),
});
export type Person = z.infer<typeof PersonSchema>;
export type PersonInput = z.input<typeof PersonSchema>;

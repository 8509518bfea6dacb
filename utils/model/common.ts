import { z } from 'zod';

/** Ids are UUIDv7 strings made on the client, so records can be created offline. */
export const IdSchema = z.uuid({ version: 'v7', message: 'must be a UUIDv7 id' });
export type Id = z.infer<typeof IdSchema>;

/** Member ids come from the team server; before joining, the local user is "local". */
export const MemberIdSchema = z.string().min(1).max(64);
export type MemberId = z.infer<typeof MemberIdSchema>;

/** Epoch milliseconds. */
export const TimestampSchema = z.number().int().nonnegative();

export const VisibilitySchema = z.enum(['private', 'signal', 'team']);
export type Visibility = z.infer<typeof VisibilitySchema>;

export const StatusSchema = z.enum(['lead', 'contact', 'customer', 'partner', 'candidate', 'other']);
export type Status = z.infer<typeof StatusSchema>;

export const TagSchema = z.string().trim().min(1).max(64);

/** Only link schemes that cannot run script in any context. */
export const SafeUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      return ['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be an http(s), mailto: or tel: URL');

export const SourceKindSchema = z.enum([
  'linkedin',
  'linkedin-profile',
  'linkedin-company',
  'linkedin-search',
  'json-ld',
  'microdata',
  'h-card',
  'mailto',
  'tel',
  'text',
  'email-header',
  'signature',
  'og',
  'site',
  'social-link',
  'team-page',
  'import:csv',
  'import:linkedin',
  'import:google',
  'import:outlook',
  'import:vcard',
  'import:backup',
  'manual',
  'merge',
  'sync',
]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const ProvenanceSchema = z.object({
  source: SourceKindSchema,
  url: z.string().max(2048).optional(),
  at: TimestampSchema,
  by: MemberIdSchema.optional(),
  confidence: z.number().min(0).max(1),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** Field name → where its value came from, newest last. */
export const ProvenanceMapSchema = z.record(z.string().max(64), z.array(ProvenanceSchema).max(32));
export type ProvenanceMap = z.infer<typeof ProvenanceMapSchema>;

/** Stamps every synced record carries. deletedAt set means "in the trash". */
export const RecordMetaSchema = z.object({
  id: IdSchema,
  createdAt: TimestampSchema,
  createdBy: MemberIdSchema,
  updatedAt: TimestampSchema,
  updatedBy: MemberIdSchema,
  deletedAt: TimestampSchema.nullable().default(null),
  deletedBy: MemberIdSchema.nullable().default(null),
});

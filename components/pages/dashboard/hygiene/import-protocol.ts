import { z } from 'zod';
import { RowTargetSchema } from '@/utils/hygiene/import-match';
import { ImportSummarySchema } from '@/utils/hygiene/import-run';
import { CsvMappingSchema, ImportErrorSchema, ImportFormatSchema, ImportedPersonSchema } from '@/utils/io';
import { VisibilitySchema } from '@/utils/model';

/**
 * What the import page and its worker say to each other. The worker holds the parsed file (some
 * 80 MB for 100,000 rows) and writes it; the page only ever sees the preview, progress and the
 * summary, so its heap stays small and its frames short while an import runs.
 */

/** Every message names the request it belongs to, so answers of an earlier request never reach a later one. */
const RequestIdSchema = z.number().int().nonnegative();

export const ToWorkerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('parse'),
    id: RequestIdSchema,
    file: z.instanceof(Blob),
    name: z.string(),
    mapping: CsvMappingSchema.optional(),
    region: z.string(),
    now: z.number(),
    by: z.string(),
  }),
  z.object({
    kind: z.literal('run'),
    id: RequestIdSchema,
    actor: z.object({ memberId: z.string(), region: z.string().optional() }),
    visibility: VisibilitySchema,
    how: z.string(),
  }),
]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

/** The preview: everything the page shows before the user confirms, without the rows themselves. */
export const PreviewSchema = z.object({
  name: z.string(),
  kind: z.enum(['csv', 'vcard', 'jcard', 'backup']),
  format: ImportFormatSchema,
  /** Rows that will be saved. */
  total: z.number().int().nonnegative(),
  /** The first rows as they will be saved, with what saving each will do. */
  sample: z.array(ImportedPersonSchema.extend({ line: z.number().int(), target: RowTargetSchema })),
  counts: z.record(RowTargetSchema, z.number()),
  errors: z.array(ImportErrorSchema),
  csv: z
    .object({ header: z.array(z.string()), mapping: CsvMappingSchema, sample: z.array(z.array(z.string())) })
    .optional(),
});
export type Preview = z.infer<typeof PreviewSchema>;

export const FromWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reading'), id: RequestIdSchema, share: z.number() }),
  z.object({ kind: z.literal('preview'), id: RequestIdSchema, preview: PreviewSchema }),
  z.object({ kind: z.literal('saving'), id: RequestIdSchema, done: z.number(), total: z.number() }),
  z.object({ kind: z.literal('summary'), id: RequestIdSchema, summary: ImportSummarySchema }),
  z.object({ kind: z.literal('failed'), id: RequestIdSchema.nullable(), message: z.string() }),
]);
export type FromWorker = z.infer<typeof FromWorkerSchema>;

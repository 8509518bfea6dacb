import { z } from 'zod';
import { PersonSchema, TimestampSchema, type SourceKind } from '@/utils/model';

/**
 * One imported person, validated: the fields of a Person without record stamps (the store adds
 * id, created/updated, company link, status and visibility), plus how and when we met when the
 * format tells (LinkedIn's "Connected On"), and the line of the file it came from.
 */
export const ImportedPersonSchema = PersonSchema.omit({
  id: true,
  createdAt: true,
  createdBy: true,
  updatedAt: true,
  updatedBy: true,
  deletedAt: true,
  deletedBy: true,
  companyId: true,
  status: true,
  visibility: true,
}).extend({
  metAt: TimestampSchema.optional(),
  how: z.string().trim().max(500).optional(),
});
export type ImportedPerson = z.infer<typeof ImportedPersonSchema>;

/** A validated person plus the 1-based line of the file where its row or card starts. */
export type ImportedRow = ImportedPerson & { line: number };

export const ImportErrorSchema = z.object({
  /** 1-based line where the bad row or card starts (0 when the whole file is unreadable). */
  line: z.number().int().nonnegative(),
  reason: z.string(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

export const CsvFormatSchema = z.enum(['linkedin', 'google', 'outlook', 'meishi', 'csv']);
export type CsvFormat = z.infer<typeof CsvFormatSchema>;
/** xCard (vCard 4.0 in XML) is reported as 'vcard'. */
export const ImportFormatSchema = z.enum([...CsvFormatSchema.options, 'vcard', 'jcard']);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

export interface ImportResult {
  records: ImportedRow[];
  errors: ImportError[];
  format: ImportFormat;
}

export interface ImportOptions {
  /** ISO 3166 region for phone numbers written without a country code (Settings.phoneRegion). */
  region?: string;
  /** Epoch ms stamped on provenance; defaults to Date.now(). */
  now?: number;
  /** Member id stamped on provenance. */
  by?: string;
}

/** The provenance source for each import format. */
export const SOURCE_OF_FORMAT: Record<ImportFormat, SourceKind> = {
  linkedin: 'import:linkedin',
  google: 'import:google',
  outlook: 'import:outlook',
  meishi: 'import:csv',
  csv: 'import:csv',
  vcard: 'import:vcard',
  jcard: 'import:vcard',
};

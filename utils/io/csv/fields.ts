import { z } from 'zod';

/** What a CSV column can hold. `slot` pairs numbered columns: "E-mail 2 - Label" with "E-mail 2 - Value". */
export const CSV_FIELDS = [
  'fullName',
  'givenName',
  'middleName',
  'familyName',
  'givenNamePhonetic',
  'familyNamePhonetic',
  'fullNamePhonetic',
  'nickname',
  'nameOrder',
  'title',
  'companyName',
  'email',
  'emailLabel',
  'phone',
  'phoneLabel',
  'phoneE164',
  'link',
  'linkKind',
  'photoUrl',
  'location',
  'street',
  'city',
  'region',
  'postalCode',
  'country',
  'notes',
  'tags',
  'metAt',
  'how',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export const CsvColumnMappingSchema = z.object({
  field: z.enum(CSV_FIELDS),
  /** A fixed label for every value of the column ("Mobile Phone" → mobile). */
  label: z.string().optional(),
  /** Pairs value, label and kind columns of the same numbered entry, and orders address blocks. */
  slot: z.number().int().optional(),
});
export type CsvColumnMapping = z.infer<typeof CsvColumnMappingSchema>;

/** Column index → what it holds; null for a column that is not imported. */
export const CsvMappingSchema = z.array(CsvColumnMappingSchema.nullable());
export type CsvMapping = z.infer<typeof CsvMappingSchema>;

import { z } from 'zod';
import {
  CompanySchema,
  InteractionSchema,
  IntroRequestSchema,
  PersonSchema,
  RelationshipSchema,
  TaskSchema,
  TimestampSchema,
  type Company,
  type Interaction,
  type IntroRequest,
  type Person,
  type Relationship,
  type Task,
} from '@/utils/model';

/** Each table of the local store and the schema its rows must pass on restore. */
export const BACKUP_TABLE_SCHEMAS = {
  people: PersonSchema,
  companies: CompanySchema,
  relationships: RelationshipSchema,
  interactions: InteractionSchema,
  tasks: TaskSchema,
  introRequests: IntroRequestSchema,
} as const;
export type BackupTableName = keyof typeof BACKUP_TABLE_SCHEMAS;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLE_SCHEMAS) as BackupTableName[];

export interface BackupTables {
  people: Person[];
  companies: Company[];
  relationships: Relationship[];
  interactions: Interaction[];
  tasks: Task[];
  introRequests: IntroRequest[];
}

export interface Backup {
  format: 'meishi-backup';
  version: 1;
  /** Epoch ms. */
  exportedAt: number;
  tables: BackupTables;
}

/** One problem found on restore: which table, which row (0-based; -1 for the file itself), which field. */
export interface BackupError {
  table: string;
  index: number;
  field: string;
  message: string;
}

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; errors: BackupError[] };

const MAX_ERRORS = 200;

const EnvelopeSchema = z.object({
  format: z.literal('meishi-backup', { message: 'not a Meishi backup (format is not "meishi-backup")' }),
  version: z.literal(1, { message: 'a backup version this Meishi cannot read' }),
  exportedAt: TimestampSchema,
  tables: z.object(
    Object.fromEntries(
      BACKUP_TABLE_NAMES.map((name) => [name, z.array(z.unknown(), { message: 'must be a list' })]),
    ) as Record<BackupTableName, z.ZodArray<z.ZodUnknown>>,
  ),
});

/** Validates one table's rows, adding problems (and duplicate ids) to `errors`; returns the good rows. */
function validateTable<S extends z.ZodType>(
  table: BackupTableName,
  schema: S,
  rows: readonly unknown[],
  errors: BackupError[],
  counter: { total: number },
): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  const seen = new Map<unknown, number>();
  const report = (index: number, field: string, message: string) => {
    counter.total += 1;
    if (errors.length < MAX_ERRORS) errors.push({ table, index, field, message });
  };
  rows.forEach((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(index, issue.path.join('.') || '(row)', issue.message);
      return;
    }
    const id = typeof row === 'object' && row !== null && 'id' in row ? row.id : undefined;
    const earlier = seen.get(id);
    if (earlier !== undefined) report(index, 'id', `the same id as row ${earlier}`);
    else seen.set(id, index);
    out.push(parsed.data);
  });
  return out;
}

/** Everything local as one JSON document; `parseBackup` reads it back. */
export function exportBackup(tables: BackupTables, exportedAt: number = Date.now()): string {
  const backup: Backup = { format: 'meishi-backup', version: 1, exportedAt, tables };
  return JSON.stringify(backup);
}

function fileError(field: string, message: string): BackupError {
  return { table: '', index: -1, field, message };
}

/**
 * Reads a backup and validates every row with the model's schemas. Either all of it is good and
 * comes back typed, or the errors name the table, row index and field of each problem (the first
 * 200). Never throws.
 */
export function parseBackup(text: string): ParseBackupResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      errors: [fileError('', `not JSON (${error instanceof Error ? error.message : 'unreadable'})`)],
    };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      errors: envelope.error.issues.map((issue) => {
        const [first, second, ...rest] = issue.path.map(String);
        return first === 'tables'
          ? { table: second ?? '', index: -1, field: rest.join('.'), message: issue.message }
          : fileError(issue.path.join('.'), issue.message);
      }),
    };
  }

  const errors: BackupError[] = [];
  const counter = { total: 0 };
  const rows = envelope.data.tables;
  const check = <S extends z.ZodType>(table: BackupTableName, schema: S): z.infer<S>[] =>
    validateTable(table, schema, rows[table], errors, counter);
  const tables: BackupTables = {
    people: check('people', PersonSchema),
    companies: check('companies', CompanySchema),
    relationships: check('relationships', RelationshipSchema),
    interactions: check('interactions', InteractionSchema),
    tasks: check('tasks', TaskSchema),
    introRequests: check('introRequests', IntroRequestSchema),
  };
  const total = counter.total;
  if (total > errors.length) {
    errors.push(fileError('', `${total - errors.length} more problems not listed`));
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    backup: {
      format: 'meishi-backup',
      version: 1,
      exportedAt: envelope.data.exportedAt,
      tables,
    },
  };
}

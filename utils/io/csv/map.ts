import { buildPerson, type BuildContext } from '../shared/build-person';
import { emptyDraft, type PersonDraft } from '../shared/draft';
import {
  SOURCE_OF_FORMAT,
  type CsvFormat,
  type ImportError,
  type ImportOptions,
  type ImportedRow,
} from '../types';
import { parseDate } from './dates';
import type { CsvMapping } from './fields';
import { splitTags } from './tags';

/** One data row and the 1-based line of the file it starts on. */
export interface CsvRow {
  cells: readonly string[];
  line: number;
}

export interface MapCsvOptions extends ImportOptions {
  /** Decides the provenance source and LinkedIn's "how we met"; default 'csv'. */
  format?: CsvFormat;
  /** Header texts, used to name values kept in notes when they cannot be read. */
  header?: readonly string[];
  /** Line of the first row when rows are given as plain arrays (default 2: after one header line). */
  firstLine?: number;
}

/** Google puts several values in one cell joined by " ::: ". */
const MULTI = /\s*:::\s*/;
/** What the export guard puts before a cell that a spreadsheet would run as a formula. */
const GUARDED = /^'(?='*[=+\-@\t\r])/;

interface SlotEntry {
  value?: string[];
  label?: string;
  e164?: string;
  kind?: string;
}
type Slotted = Map<number, SlotEntry>;

function slotOf(slots: Slotted, slot: number): SlotEntry {
  let entry = slots.get(slot);
  if (!entry) {
    entry = {};
    slots.set(slot, entry);
  }
  return entry;
}

/** Entries in slot order, each value of a " ::: " cell as its own entry. */
function bySlot<T>(slots: Slotted | undefined, each: (value: string, entry: SlotEntry) => T): T[] {
  if (!slots) return [];
  const out: T[] = [];
  for (const slot of [...slots.keys()].sort((a, b) => a - b)) {
    const entry = slots.get(slot);
    for (const value of entry?.value ?? []) if (entry) out.push(each(value, entry));
  }
  return out;
}

const SINGLE = new Set([
  'fullName',
  'givenName',
  'middleName',
  'familyName',
  'givenNamePhonetic',
  'familyNamePhonetic',
  'fullNamePhonetic',
  'nickname',
  'title',
  'companyName',
  'photoUrl',
  'location',
  'how',
] as const);
type SingleField = typeof SINGLE extends Set<infer T> ? T : never;

function isSingle(field: string): field is SingleField {
  return SINGLE.has(field as SingleField);
}

const ADDRESS_PARTS = new Set(['street', 'city', 'region', 'postalCode', 'country'] as const);
type AddressPart = typeof ADDRESS_PARTS extends Set<infer T> ? T : never;

function isAddressPart(field: string): field is AddressPart {
  return ADDRESS_PARTS.has(field as AddressPart);
}

/** Per-row scratch: maps are made only for the kinds of column a sheet has. */
interface RowScratch {
  emails?: Slotted;
  phones?: Slotted;
  links?: Slotted;
  fixedPhones?: { raw: string; label?: string }[];
  address?: Map<number, NonNullable<PersonDraft['address']>>;
  nextSlot: number;
}

function rowToDraft(
  cells: readonly string[],
  mapping: CsvMapping,
  line: number,
  opts: MapCsvOptions,
): PersonDraft {
  const d = emptyDraft(line);
  const r: RowScratch = { nextSlot: 1000 };

  for (let i = 0; i < mapping.length; i += 1) {
    const m = mapping[i];
    const raw = cells[i];
    if (!m || raw === undefined || raw === '') continue;
    const value = (raw.charCodeAt(0) === 39 ? raw.replace(GUARDED, '') : raw).trim();
    if (value === '') continue;
    const f = m.field;
    if (isSingle(f)) {
      if (d[f] === undefined) d[f] = value;
    } else if (f === 'email')
      slotOf((r.emails ??= new Map()), m.slot ?? (r.nextSlot += 1)).value = value.split(MULTI);
    else if (f === 'emailLabel') slotOf((r.emails ??= new Map()), m.slot ?? 1).label = value;
    else if (f === 'phone') {
      if (m.slot === undefined)
        for (const v of value.split(MULTI)) (r.fixedPhones ??= []).push({ raw: v, label: m.label });
      else slotOf((r.phones ??= new Map()), m.slot).value = value.split(MULTI);
    } else if (f === 'phoneLabel') slotOf((r.phones ??= new Map()), m.slot ?? 1).label = value;
    else if (f === 'phoneE164') slotOf((r.phones ??= new Map()), m.slot ?? 1).e164 = value;
    else if (f === 'link')
      slotOf((r.links ??= new Map()), m.slot ?? (r.nextSlot += 1)).value = value.split(MULTI);
    else if (f === 'linkKind') slotOf((r.links ??= new Map()), m.slot ?? 1).kind = value;
    else if (isAddressPart(f)) {
      const slot = m.slot ?? 1;
      const blocks = (r.address ??= new Map());
      const block = blocks.get(slot) ?? {};
      block[f] ??= value;
      blocks.set(slot, block);
    } else if (f === 'notes') d.notes.push(value);
    else if (f === 'tags') for (const tag of splitTags(value, opts.format === 'google')) d.tags.push(tag);
    else if (f === 'nameOrder') {
      if (value === 'western' || value === 'family-first') d.nameOrder = value;
    } else if (f === 'metAt') {
      const at = parseDate(value);
      if (at === null) d.notes.push(`${opts.header?.[i] ?? 'Date'}: ${value}`);
      else d.metAt ??= at;
    }
  }

  d.emails = bySlot(r.emails, (value, e) => ({ value, label: e.label }));
  d.phones = bySlot(r.phones, (raw, e) => ({ raw, label: e.label, e164: e.e164 }));
  if (r.fixedPhones) d.phones.push(...r.fixedPhones);
  d.links = bySlot(r.links, (url, e) => ({ url, kind: e.kind }));
  if (r.address) {
    const first = Math.min(...r.address.keys());
    d.address = r.address.get(first);
  }
  if (d.metAt !== undefined && d.how === undefined && opts.format === 'linkedin')
    d.how = 'Connected on LinkedIn';
  return d;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/**
 * Maps data rows to validated people. Blank rows are skipped; a row that cannot be a person is
 * listed in `errors` with its line and the reason. Never throws.
 */
export function mapCsvRows(
  rows: readonly (readonly string[] | CsvRow)[],
  mapping: CsvMapping,
  options: MapCsvOptions = {},
): { records: ImportedRow[]; errors: ImportError[] } {
  const context: BuildContext = {
    source: SOURCE_OF_FORMAT[options.format ?? 'csv'],
    now: options.now ?? Date.now(),
    by: options.by,
    region: options.region ?? 'JP',
  };
  const records: ImportedRow[] = [];
  const errors: ImportError[] = [];
  const firstLine = options.firstLine ?? 2;
  rows.forEach((row, index) => {
    const { cells, line } = 'cells' in row ? row : { cells: row, line: firstLine + index };
    if (isBlank(cells)) return;
    let draft: PersonDraft;
    try {
      draft = rowToDraft(cells, mapping, line, options);
    } catch (error) {
      errors.push({
        line,
        reason: `could not read the row (${error instanceof Error ? error.message : 'unexpected'})`,
      });
      return;
    }
    const result = buildPerson(draft, context);
    if (result.ok) records.push(result.row);
    else errors.push({ line, reason: result.reason });
  });
  return { records, errors };
}

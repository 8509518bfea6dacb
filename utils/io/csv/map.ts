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
import type { CsvColumnMapping, CsvMapping } from './fields';
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

type Slotted = Map<number, { value?: string[]; label?: string; e164?: string; kind?: string }>;

function slotOf(slots: Slotted, slot: number) {
  let entry = slots.get(slot);
  if (!entry) {
    entry = {};
    slots.set(slot, entry);
  }
  return entry;
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

function rowToDraft(
  cells: readonly string[],
  mapping: CsvMapping,
  line: number,
  opts: MapCsvOptions,
): PersonDraft {
  const d = emptyDraft(line);
  const emails: Slotted = new Map();
  const phones: Slotted = new Map();
  const links: Slotted = new Map();
  const fixedPhones: { raw: string; label?: string }[] = [];
  const address = new Map<number, NonNullable<PersonDraft['address']>>();
  let nextSlot = 1000;
  const slotFor = (m: CsvColumnMapping) => m.slot ?? (nextSlot += 1);

  for (let i = 0; i < mapping.length; i += 1) {
    const m = mapping[i];
    const raw = cells[i];
    if (!m || raw === undefined) continue;
    const value = raw.replace(GUARDED, '').trim();
    if (value === '') continue;
    const f = m.field;
    if (isSingle(f)) {
      if (d[f] === undefined) d[f] = value;
    } else if (f === 'email') slotOf(emails, slotFor(m)).value = value.split(MULTI);
    else if (f === 'emailLabel') slotOf(emails, m.slot ?? 1).label = value;
    else if (f === 'phone') {
      if (m.slot === undefined)
        for (const v of value.split(MULTI)) fixedPhones.push({ raw: v, label: m.label });
      else slotOf(phones, m.slot).value = value.split(MULTI);
    } else if (f === 'phoneLabel') slotOf(phones, m.slot ?? 1).label = value;
    else if (f === 'phoneE164') slotOf(phones, m.slot ?? 1).e164 = value;
    else if (f === 'link') slotOf(links, slotFor(m)).value = value.split(MULTI);
    else if (f === 'linkKind') slotOf(links, m.slot ?? 1).kind = value;
    else if (f === 'street' || f === 'city' || f === 'region' || f === 'postalCode' || f === 'country') {
      const slot = m.slot ?? 1;
      const block = address.get(slot) ?? {};
      block[f] ??= value;
      address.set(slot, block);
    } else if (f === 'notes') d.notes.push(value);
    else if (f === 'tags') d.tags.push(...splitTags(value, opts.format === 'google'));
    else if (f === 'nameOrder') {
      if (value === 'western' || value === 'family-first') d.nameOrder = value;
    } else if (f === 'metAt') {
      const at = parseDate(value);
      if (at === null) d.notes.push(`${opts.header?.[i] ?? 'Date'}: ${value}`);
      else d.metAt ??= at;
    }
  }

  const bySlot = <T>(
    slots: Slotted,
    each: (v: string, e: { label?: string; e164?: string; kind?: string }) => T,
  ) =>
    [...slots.entries()].sort(([a], [b]) => a - b).flatMap(([, e]) => (e.value ?? []).map((v) => each(v, e)));
  d.emails = bySlot(emails, (value, e) => ({ value, label: e.label }));
  d.phones = [...bySlot(phones, (raw, e) => ({ raw, label: e.label, e164: e.e164 })), ...fixedPhones];
  d.links = bySlot(links, (url, e) => ({ url, kind: e.kind }));
  const firstAddress = [...address.entries()].sort(([a], [b]) => a - b)[0];
  if (firstAddress) d.address = firstAddress[1];
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
    const result = buildPerson(rowToDraft(cells, mapping, line, options), context);
    if (result.ok) records.push(result.row);
    else errors.push({ line, reason: result.reason });
  });
  return { records, errors };
}

import Papa from 'papaparse';
import { toText } from '../shared/decode';
import { yieldToEventLoop } from '../shared/yield';
import type { CsvFormat, ImportError, ImportOptions, ImportedRow, ImportResult } from '../types';
import { mapHeader } from './aliases';
import { detectCsvFormat, looksLikeHeader, type CsvDetection } from './detect';
import type { CsvMapping } from './fields';
import { CsvSession } from './session';

export interface CsvImportOptions extends ImportOptions {
  /** The mapping the user confirmed (from `previewCsv`); otherwise the detected one is used. */
  mapping?: CsvMapping;
  format?: CsvFormat;
}

export interface CsvImportResult extends ImportResult {
  header: string[];
  mapping: CsvMapping;
}

export interface CsvChunk {
  records: ImportedRow[];
  errors: ImportError[];
  format: CsvFormat;
  header: string[] | null;
  mapping: CsvMapping;
  /** Share of the text parsed so far, 0..1. */
  progress: number;
}

const DELIMITERS = [',', '\t', ';', '|'];
const HEADER_ROWS = 30;

/**
 * The delimiter whose split of the first rows gives the header with the most recognised columns.
 * Papa's own guess counts separators in the data, and a ";" inside many values would fool it.
 */
function chooseDelimiter(text: string): string {
  const head = text.slice(0, 64 * 1024);
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(head, { delimiter, preview: HEADER_ROWS }).data;
    for (const row of rows) {
      const score = row.filter((cell) => mapHeader(cell) !== null).length;
      if (score > best.score) best = { delimiter, score };
    }
  }
  return best.delimiter;
}

function sessionFor(options: CsvImportOptions): CsvSession {
  return new CsvSession({
    mapping: options.mapping,
    format: options.format,
    context: { now: options.now ?? Date.now(), by: options.by, region: options.region },
  });
}

function parseErrors(errors: Papa.ParseError[]): ImportError[] {
  // Papa reports rows with more or fewer cells than the header as errors; mapping reads what is
  // there, so only quoting problems are worth telling.
  return errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ line: 0, reason: `CSV quoting problem near row ${(e.row ?? 0) + 1}: ${e.message}` }));
}

/** Imports a whole CSV file at once (bytes in any common encoding, or text). Never throws. */
export function importCsv(input: Uint8Array | string, options: CsvImportOptions = {}): CsvImportResult {
  try {
    const { text } = toText(input);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: chooseDelimiter(text) });
    const session = sessionFor(options);
    const first = session.push(parsed.data, parsed.meta.linebreak);
    const last = session.finish();
    return {
      records: [...first.records, ...last.records],
      errors: [...parseErrors(parsed.errors), ...first.errors, ...last.errors],
      format: session.format,
      header: session.header ?? [],
      mapping: session.mapping,
    };
  } catch (error) {
    const reason = `could not read the file (${error instanceof Error ? error.message : 'unexpected'})`;
    return { records: [], errors: [{ line: 0, reason }], format: 'csv', header: [], mapping: [] };
  }
}

/** The header, the detected format and mapping, and a few sample rows, for the mapping step. */
export function previewCsv(
  input: Uint8Array | string,
  sampleRows = 5,
): CsvDetection & { header: string[]; sample: string[][] } {
  const { text } = toText(input);
  // Only the start of the file is needed; a generous slice keeps a huge file cheap to preview.
  const head = text.slice(0, 256 * 1024);
  const parsed = Papa.parse<string[]>(head, {
    skipEmptyLines: 'greedy',
    preview: 60,
    delimiter: chooseDelimiter(head),
  });
  const rows = parsed.data;
  const at = rows.findIndex((r, i) => i < 30 && looksLikeHeader(r));
  const headerAt = at === -1 ? 0 : at;
  const header = rows[headerAt] ?? [];
  return { ...detectCsvFormat(header), header, sample: rows.slice(headerAt + 1, headerAt + 1 + sampleRows) };
}

/**
 * Imports a CSV file in chunks, yielding each chunk's people and errors and giving the event loop
 * a turn between chunks, so a page stays responsive on 100,000 rows. `chunkBytes` is how much text
 * is parsed per chunk.
 */
export async function* importCsvChunks(
  input: Uint8Array | string,
  options: CsvImportOptions & { chunkBytes?: number } = {},
): AsyncGenerator<CsvChunk, void, undefined> {
  const session = sessionFor(options);
  let text: string;
  try {
    text = toText(input).text;
  } catch (error) {
    const reason = `could not read the file (${error instanceof Error ? error.message : 'unexpected'})`;
    yield {
      records: [],
      errors: [{ line: 0, reason }],
      format: 'csv',
      header: null,
      mapping: [],
      progress: 1,
    };
    return;
  }
  const queue: { rows: string[][]; newline: string; cursor: number; errors: Papa.ParseError[] }[] = [];
  let parser: Papa.Parser | null = null;
  let done = false;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: chooseDelimiter(text),
    chunkSize: options.chunkBytes ?? 256 * 1024,
    chunk: (result: Papa.ParseResult<string[]>, p: Papa.Parser) => {
      queue.push({
        rows: result.data,
        newline: result.meta.linebreak,
        cursor: result.meta.cursor,
        errors: result.errors,
      });
      parser = p;
      p.pause();
    },
    complete: () => {
      done = true;
    },
  });
  let newline = '\n';
  for (;;) {
    const next = queue.shift();
    if (next) {
      newline = next.newline || newline;
      const out = session.push(next.rows, newline);
      yield {
        records: out.records,
        errors: [...parseErrors(next.errors), ...out.errors],
        format: session.format,
        header: session.header,
        mapping: session.mapping,
        progress: text.length === 0 ? 1 : Math.min(1, next.cursor / text.length),
      };
      await yieldToEventLoop();
      continue;
    }
    if (done || parser === null) break;
    (parser as Papa.Parser).resume();
  }
  const last = session.finish();
  yield { ...last, format: session.format, header: session.header, mapping: session.mapping, progress: 1 };
}

import type { CsvFormat, ImportError, ImportOptions, ImportedRow } from '../types';
import { detectCsvFormat, looksLikeHeader } from './detect';
import type { CsvMapping } from './fields';
import { mapCsvRows, type CsvRow } from './map';

/** How far down a header may sit: LinkedIn puts a few "Notes:" lines above it. */
const HEADER_SEARCH_ROWS = 30;

export interface CsvSessionOptions {
  /** A mapping chosen by the user; otherwise the detected one. */
  mapping?: CsvMapping;
  /** A format chosen by the user; otherwise the detected one. */
  format?: CsvFormat;
  context: ImportOptions;
}

/**
 * Turns parsed rows, fed in order in any number of batches, into people: finds the header,
 * detects the format, keeps each row's line number (quoted cells may span lines) and maps rows.
 */
export class CsvSession {
  header: string[] | null = null;
  format: CsvFormat = 'csv';
  mapping: CsvMapping = [];
  private nextLine = 1;
  private pending: CsvRow[] = [];
  private headerFailed = false;

  constructor(private readonly options: CsvSessionOptions) {}

  /** Feeds parsed rows; returns the people and errors of the rows that are now complete. */
  push(rows: readonly string[][], newline: string): { records: ImportedRow[]; errors: ImportError[] } {
    const nl = newline === '\r' ? '\r' : '\n';
    let data: CsvRow[] = [];
    for (const cells of rows) {
      const line = this.nextLine;
      let span = 1;
      for (const cell of cells) {
        for (let at = cell.indexOf(nl); at !== -1; at = cell.indexOf(nl, at + 1)) span += 1;
      }
      this.nextLine += span;
      if (this.header === null && !this.headerFailed) this.pending.push({ cells, line });
      else data.push({ cells, line });
    }
    if (this.header === null && !this.headerFailed) {
      // concat, not unshift(...rows): a one-shot import passes every row of the file here.
      data = this.findHeader().concat(data);
    }
    if (this.header === null) return { records: [], errors: [] };
    return this.map(data);
  }

  /** Call after the last batch: maps a short file's rows, or reports a file with no header. */
  finish(): { records: ImportedRow[]; errors: ImportError[] } {
    if (this.header === null && !this.headerFailed) {
      const data = this.findHeader(true);
      if (this.header !== null) return this.map(data);
    }
    if (this.header === null) {
      return {
        records: [],
        errors: [
          { line: 0, reason: 'no header row: none of the first rows names a column such as Name or Email' },
        ],
      };
    }
    return { records: [], errors: [] };
  }

  private map(rows: CsvRow[]): { records: ImportedRow[]; errors: ImportError[] } {
    return mapCsvRows(rows, this.mapping, {
      format: this.format,
      header: this.header ?? [],
      ...this.options.context,
    });
  }

  /** Looks for the header among the rows seen so far; returns the data rows after it. */
  private findHeader(final = false): CsvRow[] {
    const rows = this.pending;
    const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
    const complete = final || rows.length >= HEADER_SEARCH_ROWS;
    let at = rows.slice(0, limit).findIndex((r) => looksLikeHeader(r.cells));
    // A mapping the user chose fits the same header the detection found: the "Notes:" lines above a
    // LinkedIn header are no header, mapping or not. Only a sheet whose header names nothing we know
    // falls back, once enough rows are in, to its first non-empty row.
    if (at === -1 && this.options.mapping && complete)
      at = rows.slice(0, limit).findIndex((r) => r.cells.some((c) => c.trim() !== ''));
    if (at === -1) {
      if (complete) {
        this.headerFailed = true;
        this.pending = [];
      }
      return [];
    }
    const header = [...(rows[at]?.cells ?? [])];
    const detected = detectCsvFormat(header);
    this.header = header;
    this.format = this.options.format ?? detected.format;
    this.mapping = this.options.mapping ?? detected.mapping;
    const data = rows.slice(at + 1);
    this.pending = [];
    return data;
  }
}

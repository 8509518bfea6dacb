import {
  importCsvChunks,
  importVcard,
  importVcardChunks,
  previewCsv,
  sniffFormat,
  type CsvMapping,
  type ImportError,
  type ImportFormat,
  type ImportedRow,
} from '@/utils/io';

export interface ParsedFile {
  name: string;
  kind: 'csv' | 'vcard' | 'jcard' | 'backup';
  format: ImportFormat;
  records: ImportedRow[];
  errors: ImportError[];
  /** For a CSV sheet: its header, the mapping used and a few raw rows, for the mapping step. */
  csv?: { header: string[]; mapping: CsvMapping; sample: string[][] };
}

export interface ParseOptions {
  /** A mapping the user chose; otherwise the detected one. */
  mapping?: CsvMapping;
  region: string;
  /** The import's date and member, stamped on every field's provenance. */
  now: number;
  by: string;
  onProgress?: (share: number) => void;
}

/**
 * Reads a picked file into rows as they will be saved: CSV sheets in chunks (the page keeps
 * painting on 100,000 rows), vCards and jCards at once. Never throws: an unreadable file comes
 * back with one error that says why.
 */
export async function parseFile(bytes: Uint8Array, name: string, options: ParseOptions): Promise<ParsedFile> {
  const kind = sniffFormat(bytes, name);
  const context = { region: options.region, now: options.now, by: options.by };
  if (kind === 'backup') return { name, kind, format: 'csv', records: [], errors: [] };
  if (kind === 'jcard') {
    const result = importVcard(bytes, context);
    return { name, kind, format: result.format, records: result.records, errors: result.errors };
  }
  const records: ImportedRow[] = [];
  const errors: ImportError[] = [];
  if (kind === 'vcard') {
    for await (const chunk of importVcardChunks(bytes, context)) {
      for (const r of chunk.records) records.push(r);
      for (const e of chunk.errors) errors.push(e);
      options.onProgress?.(chunk.progress);
    }
    return { name, kind, format: 'vcard', records, errors };
  }
  let format: ImportFormat = 'csv';
  let mapping: CsvMapping = options.mapping ?? [];
  let header: string[] = [];
  for await (const chunk of importCsvChunks(bytes, {
    ...context,
    mapping: options.mapping,
    chunkBytes: 128 * 1024,
  })) {
    for (const r of chunk.records) records.push(r);
    for (const e of chunk.errors) errors.push(e);
    format = chunk.format;
    mapping = chunk.mapping;
    header = chunk.header ?? header;
    options.onProgress?.(chunk.progress);
  }
  let sample: string[][] = [];
  try {
    sample = previewCsv(bytes).sample;
  } catch {
    // The sample only illustrates the mapping step; the rows above are what counts.
  }
  return { name, kind, format, records, errors, csv: { header, mapping, sample } };
}

/**
 * Import and export formats: pure functions over bytes and text, no storage and no DOM (xCard
 * alone uses the page's XML parser). The store and the dashboard call these.
 */
export * from './types';
export type { PersonForExport } from './shared/exportable';
export { importContacts, sniffFormat } from './import';
export { importCsv, importCsvChunks, previewCsv } from './csv/import';
export type { CsvChunk, CsvImportOptions, CsvImportResult } from './csv/import';
export { detectCsvFormat } from './csv/detect';
export type { CsvDetection } from './csv/detect';
export { mapCsvRows } from './csv/map';
export type { CsvRow, MapCsvOptions } from './csv/map';
export { CSV_FIELDS, CsvColumnMappingSchema, CsvMappingSchema } from './csv/fields';
export type { CsvColumnMapping, CsvField, CsvMapping } from './csv/fields';
export { parseDate } from './csv/dates';
export { exportCsv } from './csv/export';
export { csvCell } from './csv/quote';
export { importVcard } from './vcard/import';
export { importVcardChunks } from './vcard/chunks';
export type { VcardChunk } from './vcard/chunks';
export { exportVcard } from './vcard/export';
export type { VcardVersion } from './vcard/export';
export { foldLine } from './vcard/fold';
export { exportBackup, parseBackup, BACKUP_TABLE_NAMES, BACKUP_TABLE_SCHEMAS } from './backup/backup';
export type { Backup, BackupError, BackupTableName, BackupTables, ParseBackupResult } from './backup/backup';

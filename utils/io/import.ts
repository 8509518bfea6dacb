import { importCsv, type CsvImportOptions } from './csv/import';
import { toText } from './shared/decode';
import type { ImportResult } from './types';
import { importVcard } from './vcard/import';

/** What a file holds, from its name and first bytes: a vCard, a jCard, a Meishi backup or a CSV sheet. */
export function sniffFormat(input: Uint8Array | string, fileName = ''): 'vcard' | 'jcard' | 'backup' | 'csv' {
  const name = fileName.toLowerCase();
  if (name.endsWith('.vcf') || name.endsWith('.vcard')) return 'vcard';
  const head = typeof input === 'string' ? input.slice(0, 4096) : toText(input.subarray(0, 4096)).text;
  const start = head.replace(/^[\uFEFF\s]+/, '');
  if (/^BEGIN:VCARD/i.test(start)) return 'vcard';
  if (/^\[\s*"vcard"|^\[\s*\[\s*"vcard"/i.test(start)) return 'jcard';
  if (/^\{\s*"format"\s*:\s*"meishi-backup"/.test(start)) return 'backup';
  if (/^<(\?xml|vcards)/.test(start) && head.includes('urn:ietf:params:xml:ns:vcard-4.0')) return 'vcard';
  return 'csv';
}

/**
 * Imports contacts from any supported file (vCard 2.1/3.0/4.0, jCard, LinkedIn/Google/Outlook or
 * any other CSV). Backups are not people lists: restore them with `parseBackup`. Never throws.
 */
export function importContacts(
  input: Uint8Array | string,
  fileName = '',
  options: CsvImportOptions = {},
): ImportResult {
  const kind = sniffFormat(input, fileName);
  if (kind === 'vcard' || kind === 'jcard') return importVcard(input, options);
  if (kind === 'backup') {
    return {
      records: [],
      errors: [{ line: 0, reason: 'this is a Meishi backup: restore it from the backup screen instead' }],
      format: 'csv',
    };
  }
  return importCsv(input, options);
}

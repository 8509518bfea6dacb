import type { CsvFormat } from '../types';
import { mapHeader, normalizeHeader } from './aliases';
import type { CsvMapping } from './fields';

export interface CsvDetection {
  format: CsvFormat;
  /** Column index → field; null columns are not imported. The user may change it before importing. */
  mapping: CsvMapping;
}

function has(keys: Set<string>, ...names: string[]): boolean {
  return names.every((n) => keys.has(normalizeHeader(n)));
}

function formatOf(keys: Set<string>): CsvFormat {
  if (has(keys, 'First Name', 'Last Name', 'Connected On') && (has(keys, 'URL') || has(keys, 'Position'))) {
    return 'linkedin';
  }
  if (has(keys, 'Display Name', 'Name Order')) return 'meishi';
  if (
    has(keys, 'E-mail 1 - Value') ||
    has(keys, 'Phone 1 - Value') ||
    has(keys, 'Given Name', 'Family Name', 'Group Membership')
  ) {
    return 'google';
  }
  if (has(keys, 'First Name', 'Organization Name', 'Labels')) return 'google';
  if (has(keys, 'E-mail Address', 'Job Title') || has(keys, 'Business Phone', 'Mobile Phone'))
    return 'outlook';
  if (
    has(keys, '電子メール アドレス') ||
    has(keys, '会社名', '役職', '会社電話') ||
    has(keys, '姓', '名', '勤務先 番地')
  ) {
    return 'outlook';
  }
  return 'csv';
}

/**
 * Which export a header row comes from (LinkedIn Connections, Google Contacts old and new,
 * Outlook in English or Japanese, Meishi's own, or any other sheet) and a suggested mapping of
 * each column to a field.
 */
export function detectCsvFormat(headerRow: readonly string[]): CsvDetection {
  const keys = new Set(headerRow.map(normalizeHeader));
  const format = formatOf(keys);
  const guesses = headerRow.map((header) => mapHeader(header));
  const strongTitle = guesses.some((g) => g?.field === 'title' && !g.weak);
  const mapping: CsvMapping = guesses.map((g) => {
    if (g === null) return null;
    // Outlook's "Title" is Mr./Ms.; with a "Job Title" column beside it, it is not the job.
    if (g.weak && (strongTitle || format === 'outlook')) return null;
    const { weak: _weak, ...column } = g;
    return column;
  });
  return { format, mapping };
}

/** True when a row could be a header: at least two cells, and at least one recognised column. */
export function looksLikeHeader(row: readonly string[]): boolean {
  const filled = row.filter((c) => c.trim() !== '');
  if (filled.length < 2) return false;
  return row.some((cell) => mapHeader(cell) !== null);
}

import { csvCell, type ImportError } from '@/utils/io';

/** The rows an import left out, as a CSV to download and fix (UTF-8 with a BOM, for Excel). */
export function errorsCsv(
  errors: readonly ImportError[],
  header: readonly [string, string] = ['Line', 'Reason'],
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const e of errors) lines.push(`${e.line},${csvCell(e.reason)}`);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * Cells a spreadsheet would run as a formula (OWASP CSV injection): = + - @ and tab/CR first. A
 * cell that already starts with quotes before one of these gets one more, so that the importer,
 * which removes one guard quote, gives back exactly what was written.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV cell: formula-guarded with a leading quote, then quoted per RFC 4180 when needed. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

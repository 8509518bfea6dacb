/** A TEXT value: backslash, newline, comma and semicolon escaped (RFC 6350 §3.4, RFC 2426 §5). */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** A structured value (N, ADR, ORG): each component escaped, joined by ";". */
export function structured(components: readonly (string | undefined)[]): string {
  return components.map((c) => escapeText(c ?? '')).join(';');
}

/**
 * A parameter value, quoted when it holds ; : or ,. vCard 4.0 writes ^ " and newlines with
 * RFC 6868 caret escapes; 3.0 has no way to write a double quote or newline, so they become spaces.
 */
export function paramValue(value: string, version: '3.0' | '4.0'): string {
  const v =
    version === '4.0'
      ? value
          .replace(/\^/g, '^^')
          .replace(/"/g, "^'")
          .replace(/\r\n|\r|\n/g, '^n')
      : value.replace(/["\r\n]+/g, ' ');
  return /[;:,]/.test(v) || v !== v.trim() ? `"${v}"` : v;
}

const encoder = new TextEncoder();

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line at 75 octets (RFC 6350 §3.2): continuation lines start with a space and
 * carry 74 octets. Counts UTF-8 octets and only breaks between code points, so a multi-byte
 * character (kanji, emoji) is never split across lines.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) ?? 0);
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Email addresses in text, including common obfuscations and Cloudflare's data-cfemail. */

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

/** Undo "name [at] example [dot] com", "name(at)example.com", full-width ＠ and the like. */
export function deobfuscate(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s*[[({<]\s*(?:at|アット|あっと)\s*[\])}>]\s*/gi, '@')
    .replace(/\s*[[({<]\s*(?:dot|ドット)\s*[\])}>]\s*/gi, '.')
    .replace(/(\S)\s+(?:AT)\s+(\S+)\s+(?:DOT)\s+(\S)/g, '$1@$2.$3');
}

/** Quick filter before the regexes run. */
export function mayHaveEmail(text: string): boolean {
  return /[@＠]|\b(at|dot)\b|アット/i.test(text);
}

export function findEmails(text: string, max = 200): string[] {
  const out: string[] = [];
  const clean = deobfuscate(text);
  for (const m of clean.matchAll(EMAIL)) {
    const e = m[0].replace(/^[._-]+|[._-]+$/g, '');
    if (!out.includes(e)) out.push(e);
    if (out.length >= max) break;
  }
  return out;
}

/** Decode Cloudflare's email protection (hex, first byte is the XOR key). */
export function decodeCfEmail(hex: string): string | undefined {
  if (!/^[0-9a-f]{4,400}$/i.test(hex) || hex.length % 2) return undefined;
  const key = parseInt(hex.slice(0, 2), 16);
  let encoded = '';
  for (let i = 2; i < hex.length; i += 2) {
    encoded += '%' + (parseInt(hex.slice(i, i + 2), 16) ^ key).toString(16).padStart(2, '0');
  }
  try {
    const out = decodeURIComponent(encoded);
    return out.includes('@') ? out : undefined;
  } catch {
    return undefined;
  }
}

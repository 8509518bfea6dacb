/**
 * mailto: links per RFC 6068: addresses and header values percent-encoded as UTF-8, line breaks in
 * the body as CRLF (%0D%0A), `?` and `&` only as delimiters. The draft opens in the user's own mail
 * program; nothing is sent by Meishi.
 */

export interface MailtoInput {
  to: readonly string[];
  cc?: readonly string[];
  subject?: string;
  body?: string;
}

export type MailtoResult = { ok: true; url: string; long: boolean } | { ok: false; error: string };

/**
 * Some mail programs cut links beyond about 2,000 characters (Outlook on Windows among them); the
 * draft still opens, so this only tells the UI to offer copying the text as well.
 */
export const MAILTO_SAFE_LENGTH = 2_000;

const CONTROL_OR_SPACE = /[\s\p{Cc}]/u;

/** A plausible single address: one @, something on both sides, no spaces, commas or brackets. */
export function isMailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  if (value.length > 320 || CONTROL_OR_SPACE.test(value)) return false;
  if (/[,;<>()[\]"\\]/.test(value)) return false;
  const domain = value.slice(at + 1);
  return !domain.includes('@') && !domain.startsWith('.') && !domain.endsWith('.');
}

/** Each side of the @ encoded on its own, so the @ stays readable and `?`, `%`, `#`, `/` cannot escape. */
function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const safe = wellFormed(address);
  return `${encodeURIComponent(safe.slice(0, at))}@${encodeURIComponent(safe.slice(at + 1))}`;
}

/** A lone surrogate (half an emoji, cut by a length limit) would make encodeURIComponent throw. */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Header values: every line break becomes CRLF, then everything outside unreserved is escaped. */
export function encodeHeaderValue(value: string): string {
  return encodeURIComponent(wellFormed(value).replace(/\r\n|\r|\n/g, '\r\n'));
}

export function mailtoUrl(input: MailtoInput): MailtoResult {
  const to = input.to.map((a) => a.trim()).filter(Boolean);
  const cc = (input.cc ?? []).map((a) => a.trim()).filter(Boolean);
  const bad = [...to, ...cc].find((a) => !isMailAddress(a));
  if (bad !== undefined) return { ok: false, error: `not an email address: ${bad}` };
  if (to.length === 0) return { ok: false, error: 'no address to write to' };
  const params: string[] = [];
  if (cc.length > 0) params.push(`cc=${cc.map(encodeAddress).join(',')}`);
  if (input.subject) params.push(`subject=${encodeHeaderValue(input.subject)}`);
  if (input.body) params.push(`body=${encodeHeaderValue(input.body)}`);
  const url = `mailto:${to.map(encodeAddress).join(',')}${params.length ? `?${params.join('&')}` : ''}`;
  return { ok: true, url, long: url.length > MAILTO_SAFE_LENGTH };
}

/** Reads a mailto: URL back (tests, and the draft preview): addresses and header values decoded. */
export function parseMailto(url: string): { to: string[]; headers: Record<string, string> } | null {
  if (!url.toLowerCase().startsWith('mailto:')) return null;
  const rest = url.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const toPart = q === -1 ? rest : rest.slice(0, q);
  const query = q === -1 ? '' : rest.slice(q + 1);
  try {
    const to = toPart ? toPart.split(',').map(decodeURIComponent) : [];
    const headers: Record<string, string> = {};
    for (const pair of query ? query.split('&') : []) {
      const eq = pair.indexOf('=');
      const name = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq)).toLowerCase();
      headers[name] = decodeURIComponent(eq === -1 ? '' : pair.slice(eq + 1));
    }
    return { to, headers };
  } catch {
    return null;
  }
}

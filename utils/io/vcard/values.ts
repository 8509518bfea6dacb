import { decodeDeclared } from '../shared/decode';
import type { RawProperty } from './unfold';

/** Where the text came from: bytes read one char per byte (so CHARSET can be honoured), or text. */
export type SourceKindOfText = 'bytes' | 'text';

/** Structured properties whose value is a list of components split on unescaped ";". */
const STRUCTURED = new Set(['N', 'ADR', 'ORG', 'SOUND', 'X-ANDROID-CUSTOM', 'GENDER', 'CLIENTPIDMAP']);
/** Properties whose value is a list split on unescaped ",". */
const LISTS = new Set(['CATEGORIES', 'NICKNAME']);

export interface VProperty {
  name: string;
  group?: string;
  params: Record<string, string[]>;
  line: number;
  /** The value, decoded and unescaped; for structured properties, the components joined by ";". */
  value: string;
  /** Components (N, ADR, ORG, SOUND) or list items (CATEGORIES, NICKNAME); [value] otherwise. */
  parts: string[];
  dropped: boolean;
}

function latin1Bytes(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) bytes[i] = s.charCodeAt(i) & 0xff;
  return bytes;
}

function decodeQuotedPrintable(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c > 0xff) {
      // A character outside one byte (text input): keep it as UTF-8.
      out.push(...new TextEncoder().encode(s[i] ?? ''));
    } else out.push(c);
  }
  return Uint8Array.from(out);
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

function decodeBytes(bytes: Uint8Array, charset: string | undefined, fallback: string): string {
  if (charset) return decodeDeclared(bytes, charset);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeDeclared(bytes, fallback);
  }
}

/**
 * Undoes transfer encoding and charset: QUOTED-PRINTABLE, CHARSET=SHIFT_JIS and friends. Values
 * with no CHARSET are UTF-8 when they can be, else in `fallback`, the encoding the whole file reads in.
 */
function decodeChars(p: RawProperty, source: SourceKindOfText, fallback: string): string {
  const encoding = (p.params.ENCODING?.[0] ?? '').toUpperCase();
  const charset = p.params.CHARSET?.[0];
  if (encoding === 'QUOTED-PRINTABLE') return decodeBytes(decodeQuotedPrintable(p.value), charset, fallback);
  // ISO-2022-JP is 7-bit: its escape sequences look like ASCII, in bytes and in text alike.
  if (charset && p.value.includes('\u001b')) return decodeBytes(latin1Bytes(p.value), charset, fallback);
  if (source === 'text' || ASCII.test(p.value)) return p.value;
  return decodeBytes(latin1Bytes(p.value), charset, fallback);
}

/** Parameter values are bytes too when the file was read byte-wise (SORT-AS="あんどう"). */
function decodeParams(params: Record<string, string[]>, fallback: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(params)) {
    out[key] = values.map((v) => (ASCII.test(v) ? v : decodeBytes(latin1Bytes(v), undefined, fallback)));
  }
  return out;
}

/** Splits on an unescaped separator; escapes are kept for `unescape` to undo. */
function splitEscaped(s: string, sep: string): string[] {
  if (!s.includes('\\')) return s.split(sep);
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i] ?? '';
    if (ch === '\\' && i + 1 < s.length) {
      current += ch + (s[i + 1] ?? '');
      i += 1;
    } else if (ch === sep) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/**
 * vCard 3.0/4.0 escapes: \\ \n \, \; and the \: some Apple exports write. vCard 2.1 only escapes
 * ";" and "\" inside structured values and leaves other text as written.
 */
function unescapeValue(s: string, version: string, structured: boolean): string {
  if (!s.includes('\\')) return s;
  if (version === '2.1') return structured ? s.replace(/\\([;\\])/g, '$1') : s;
  return s.replace(/\\([\\,;:nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function decodeProperty(
  p: RawProperty,
  version: string,
  source: SourceKindOfText,
  fallback = 'utf-8',
): VProperty {
  const params = source === 'bytes' ? decodeParams(p.params, fallback) : p.params;
  const out: VProperty = {
    name: p.name,
    group: p.group,
    params,
    line: p.line,
    dropped: p.dropped,
    value: '',
    parts: [],
  };
  if (p.dropped) return out;
  const text = decodeChars(p, source, fallback);
  if (STRUCTURED.has(p.name)) {
    out.parts = splitEscaped(text, ';').map((c) => unescapeValue(c, version, true));
    out.value = out.parts.join(';');
  } else if (LISTS.has(p.name) && version !== '2.1') {
    out.parts = splitEscaped(text, ',').map((c) => unescapeValue(c, version, false));
    out.value = out.parts.join(',');
  } else {
    out.value = unescapeValue(text, version, false);
    out.parts = [out.value];
  }
  return out;
}

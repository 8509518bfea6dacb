/** A property line's head: `item1.TEL;TYPE=WORK,VOICE;PREF=1` → group, name and parameters. */
export interface PropertyHead {
  group?: string;
  name: string;
  /** Upper-cased parameter names → values (TYPE lists split on commas, quotes removed). */
  params: Record<string, string[]>;
}

const ENCODINGS = new Set(['BASE64', 'B', 'QUOTED-PRINTABLE', '8BIT', '7BIT']);
const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;

/** Splits on `sep` outside double quotes. */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** RFC 6868: ^n newline, ^' double quote, ^^ caret, in 4.0 parameter values. */
function uncaret(s: string): string {
  return s.replace(/\^(\^|n|N|')/g, (_, c: string) => (c === '^' ? '^' : c === "'" ? '"' : '\n'));
}

function unquote(s: string): string {
  const t = s.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

/** Index of the colon that ends the head (the first one outside double quotes), or -1. */
export function headEnd(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charCodeAt(i);
    if (ch === 34) quoted = !quoted;
    else if (ch === 58 && !quoted) return i;
  }
  return -1;
}

/** Parses a head; null when it is not one (a stray text line in a broken file). */
export function parseHead(head: string): PropertyHead | null {
  const [namepart = '', ...rawParams] = splitOutsideQuotes(head, ';');
  const m = NAME.exec(namepart.trim());
  if (!m) return null;
  const params: Record<string, string[]> = {};
  const addParam = (key: string, values: string[]) => {
    (params[key] ??= []).push(...values.filter((v) => v !== ''));
  };
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    if (eq === -1) {
      // vCard 2.1 writes bare types: TEL;WORK;VOICE, PHOTO;JPEG, NOTE;QUOTED-PRINTABLE.
      const word = raw.trim().toUpperCase();
      if (word === '') continue;
      addParam(ENCODINGS.has(word) ? 'ENCODING' : 'TYPE', [word]);
      continue;
    }
    const key = raw.slice(0, eq).trim().toUpperCase();
    const value = raw.slice(eq + 1);
    const values =
      key === 'TYPE'
        ? splitOutsideQuotes(value, ',').map((v) => uncaret(unquote(v)))
        : [uncaret(unquote(value))];
    addParam(key, values);
  }
  return { group: m[1]?.toLowerCase(), name: (m[2] ?? '').toUpperCase(), params };
}

/**
 * Tolerant, safe JSON-LD parsing. Real pages ship JSON-LD with JS comments, raw control characters,
 * CDATA wrappers, trailing commas and stray braces; we repair what we can and skip the rest.
 * Keys that could pollute prototypes are dropped while parsing.
 */

const MAX_SCRIPT = 1_000_000;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function reviver(key: string, value: unknown): unknown {
  return FORBIDDEN.has(key) ? undefined : value;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text, reviver) as unknown;
  } catch {
    return undefined;
  }
}

const CONTROL_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Remove comments outside strings, escape raw control characters inside strings, drop trailing commas. */
export function repairJson(input: string): string {
  const out: string[] = [];
  let inString = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (inString) {
      if (ch === '\\') {
        out.push(ch, input[i + 1] ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out.push(ch);
      } else if (ch < ' ') {
        out.push(CONTROL_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
      } else out.push(ch);
      continue;
    }
    if (ch === '"') {
      inString = true;
      out.push(ch);
    } else if (ch === '/' && input[i + 1] === '/') {
      while (i < input.length && input[i] !== '\n') i++;
    } else if (ch === '/' && input[i + 1] === '*') {
      const end = input.indexOf('*/', i + 2);
      i = end < 0 ? input.length : end + 1;
    } else if (ch === '}' || ch === ']') {
      let j = out.length - 1;
      while (j >= 0 && /\s/.test(out[j]!)) j--;
      if (j >= 0 && out[j] === ',') out.splice(j, 1);
      out.push(ch);
    } else out.push(ch);
  }
  return out.join('');
}

/** Split concatenated top-level values ("{..}{..}" or a value followed by junk) at balanced ends. */
function balancedChunks(text: string): string[] {
  const chunks: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      if (depth === 0) continue; // a stray closing brace
      depth--;
      if (depth === 0 && start >= 0) {
        chunks.push(text.slice(start, i + 1));
        start = -1;
      }
    }
  }
  return chunks;
}

/** Parse one <script type="application/ld+json"> body into its top-level values; never throws. */
export function parseJsonLd(raw: string): unknown[] {
  if (!raw || raw.length > MAX_SCRIPT) return [];
  let text = raw.trim();
  // A leading HTML comment is either a note before the data or a wrapper around it.
  const comment = /^<!--([\s\S]*?)-->/.exec(text);
  if (comment && !/^\s*[[{]/.test(comment[1] ?? '')) text = text.slice(comment[0].length);
  text = text
    .trim()
    .replace(/^(\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
  const direct = tryParse(text);
  if (direct !== undefined) return Array.isArray(direct) ? direct : [direct];
  const repaired = repairJson(text);
  const fixed = tryParse(repaired);
  if (fixed !== undefined) return Array.isArray(fixed) ? fixed : [fixed];
  const values: unknown[] = [];
  for (const chunk of balancedChunks(repaired)) {
    const v = tryParse(chunk);
    if (v === undefined) continue;
    if (Array.isArray(v)) values.push(...v);
    else values.push(v);
  }
  return values;
}

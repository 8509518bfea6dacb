import { headEnd, parseHead, type PropertyHead } from './params';

/** One property as written, folded lines joined, value still encoded. */
export interface RawProperty extends PropertyHead {
  line: number;
  /** The encoded value; empty for values dropped unread (embedded photos and other binaries). */
  value: string;
  /** True when the value was binary (base64 or a data: URI) and was not kept. */
  dropped: boolean;
}

type Mode = 'text' | 'qp' | 'binary';

const LOOKS_LIKE_PROPERTY = /^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+[;:]/;

/** Physical lines with their 1-based numbers; CRLF, LF and lone CR all end a line. */
function* physicalLines(text: string): Generator<[string, number]> {
  let start = 0;
  let lineNo = 0;
  const n = text.length;
  while (start < n) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end += 1;
    }
    lineNo += 1;
    yield [text.slice(start, end), lineNo];
    if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) end += 1;
    start = end + 1;
  }
}

/**
 * Splits vCard text into properties, forgiving what real exports do: CRLF, LF or CR line ends,
 * folded lines (space or tab, even inside the parameters), quoted-printable soft line breaks,
 * vCard 2.1 base64 blocks that run unfolded until a blank line, "#" comment lines, and stray lines
 * that continue the previous value. Base64 and data: values are skipped as they stream past, so
 * a 5 MB photo costs no memory.
 */
export function unfoldProperties(text: string): RawProperty[] {
  return [...iterateProperties(text)];
}

/** `unfoldProperties` one property at a time: each is yielded once the next one starts. */
export function* iterateProperties(text: string): Generator<RawProperty, void, undefined> {
  const out: RawProperty[] = [];
  // Held in an object: the closure below changes them, which plain lets would hide from narrowing.
  const state: { current: RawProperty | null; mode: Mode } = { current: null, mode: 'text' };
  // A head folded before its colon: `ADR;LABEL="…"` then ` :;;street…`.
  let pendingHead: { text: string; line: number } | null = null;

  const start = (line: string, lineNo: number, colon: number): boolean => {
    const head = parseHead(line.slice(0, colon));
    if (!head) return false;
    const value = line.slice(colon + 1);
    const encoding = (head.params.ENCODING?.[0] ?? '').toUpperCase();
    const binary = encoding === 'BASE64' || encoding === 'B' || /^data:/i.test(value.trimStart());
    const property: RawProperty = { ...head, line: lineNo, value: binary ? '' : value, dropped: binary };
    state.current = property;
    state.mode = binary ? 'binary' : encoding === 'QUOTED-PRINTABLE' ? 'qp' : 'text';
    out.push(property);
    return true;
  };

  for (const [line, lineNo] of physicalLines(text)) {
    // Every property but the newest is complete: hand them on as soon as a new one starts.
    while (out.length > 1 || (out.length === 1 && state.current !== out[0])) {
      const done = out.shift();
      if (done) yield done;
    }
    const first = line.charCodeAt(0);
    const folded = first === 32 || first === 9;
    if (pendingHead) {
      if (folded) {
        pendingHead.text += line.slice(1);
        const colon = headEnd(pendingHead.text);
        if (colon > 0) {
          start(pendingHead.text, pendingHead.line, colon);
          pendingHead = null;
        }
        continue;
      }
      pendingHead = null;
    }
    const open = state.current;
    const mode = state.mode;
    if (open !== null && mode === 'qp' && open.value.endsWith('=')) {
      open.value = open.value.slice(0, -1) + line;
      continue;
    }
    if (open !== null && folded) {
      if (mode !== 'binary') open.value += line.slice(1);
      continue;
    }
    if (line.trim() === '') {
      if (mode === 'binary') state.mode = 'text';
      continue;
    }
    const propertyLike = LOOKS_LIKE_PROPERTY.test(line);
    if (open !== null && mode === 'binary' && !propertyLike) continue;
    if (line.startsWith('#')) continue;

    const colon = propertyLike ? headEnd(line) : -1;
    if (colon > 0 && start(line, lineNo, colon)) continue;
    if (propertyLike && colon === -1) {
      pendingHead = { text: line, line: lineNo };
      state.current = null;
      continue;
    }
    // A stray line: a value that went on without folding (seen in old phone exports).
    if (open !== null && mode === 'text') {
      open.value = open.value.endsWith('\\')
        ? `${open.value.slice(0, -1)}\n${line}`
        : `${open.value} ${line}`;
    }
  }
  yield* out;
}

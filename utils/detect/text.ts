/** Text helpers shared by every detector: page text is hostile, so everything is cleaned and bounded. */

// Zero-width, bidi controls and BOM: invisible on screen, used to break matching or spoof direction.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u3000]+/g;

/** One line of clean text: invisible characters removed, whitespace collapsed, length capped. */
export function clean(value: string | null | undefined, max = 200): string {
  if (!value) return '';
  const short = value.length > max * 4 ? value.slice(0, max * 4) : value;
  const out = short.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  return out.length > max ? out.slice(0, max).trim() : out;
}

/** Like clean() but keeps line breaks (collapsed), for signatures and card text. */
export function cleanLines(value: string, maxLines = 40, maxLine = 200): string[] {
  const lines: string[] = [];
  for (const raw of value.replace(INVISIBLE, '').split(/\r?\n|\u2028|\u2029/)) {
    const line = clean(raw, maxLine);
    if (line) lines.push(line);
    if (lines.length >= maxLines) break;
  }
  return lines;
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'CANVAS',
]);
const BLOCK_TAGS = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'DT',
  'DD',
  'DL',
  'ADDRESS',
  'BLOCKQUOTE',
  'PRE',
  'MAIN',
  'NAV',
  'FIGURE',
  'FIGCAPTION',
  'HR',
  'FORM',
  'FIELDSET',
]);

export function isSkipped(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden');
}

/**
 * Visible-ish text of a subtree with block boundaries as newlines. Iterative (a 10k-deep DOM must not
 * overflow the stack), skips script/style/template/hidden, and stops at maxChars.
 */
export function visibleText(start: Node, maxChars = 200_000, skip?: (el: Element) => boolean): string {
  const root: Node = start.nodeType === 9 ? ((start as Document).documentElement ?? start) : start;
  const parts: string[] = [];
  let size = 0;
  let node: Node | null = root.firstChild;
  if (!node) return root.nodeType === 3 ? (root.nodeValue ?? '') : '';
  while (node && size < maxChars) {
    let descend = false;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(v);
      size += v.length;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (!isSkipped(el) && !(skip && skip(el))) {
        if (BLOCK_TAGS.has(el.tagName.toUpperCase())) parts.push('\n');
        if (el.tagName.toUpperCase() === 'IMG') {
          const alt = el.getAttribute('alt');
          if (alt) parts.push(' ');
        }
        descend = !!el.firstChild;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase()))
        parts.push('\n');
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  const text = parts.join('');
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

/** Text of one element as a single clean line. */
export function textOf(el: Element | null | undefined, max = 200): string {
  if (!el) return '';
  return clean(visibleText(el, max * 4).replace(/\n+/g, ' '), max);
}

const NOT_A_NAME = /[@<>{}[\]|\\/=_#$%^*+]|https?:|www\.|\d{3,}/i;

/** A plausible human or organisation name: short, some letters, no markup or addresses. */
export function plausibleName(value: string): boolean {
  if (value.length < 2 || value.length > 120) return false;
  if (NOT_A_NAME.test(value)) return false;
  if (!/\p{L}/u.test(value)) return false;
  return value.split(' ').length <= 8;
}

/** Lower-case, accent-free, punctuation-free form used to compare names. */
export function nameKey(value: string): string {
  // ASCII needs no decomposition, and NFKD is the slow part.
  const base = /[^ -~]/.test(value) ? value.normalize('NFKD') : value;
  return base
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The last maxChars of a subtree's visible text, read backwards from the end so nothing before that
 * tail is touched (used for signature blocks: the rest of a message is never read).
 */
export function tailText(root: Element, maxChars: number, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  let size = 0;
  const isBlock = (n: Node): boolean =>
    n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName.toUpperCase());
  const enterable = (n: Node): boolean =>
    n.nodeType === 1 && !isSkipped(n as Element) && !(skip && skip(n as Element)) && !!n.lastChild;
  const deepestLast = (n: Node): Node => {
    let cur = n;
    while (enterable(cur)) {
      if (isBlock(cur)) parts.push('\n');
      cur = cur.lastChild!;
    }
    return cur;
  };
  let node: Node | null = root.lastChild ? deepestLast(root.lastChild) : null;
  while (node && node !== root && size < maxChars) {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      parts.push(v);
      size += v.length;
    } else if (isBlock(node)) parts.push('\n');
    if (node.previousSibling) node = deepestLast(node.previousSibling);
    else node = node.parentNode;
  }
  return parts.reverse().join('');
}

/** The nearest ancestor-or-self matching pred, walking at most maxUp levels (cheaper than closest()). */
export function ancestor(el: Element, pred: (e: Element) => boolean, maxUp = 64): Element | undefined {
  let cur: Element | null = el;
  for (let i = 0; cur && i <= maxUp; i++, cur = cur.parentElement) if (pred(cur)) return cur;
  return undefined;
}

import { clean } from '../text';
import { safeHttpUrl } from '../urls';

/** Value parsing rules of microformats2 (p-, u-, dt- and the value-class pattern). */

export function classesOf(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Text content with <img> replaced by its alt and script/style dropped, iteratively. */
export function mfText(root: Element, max = 4000): string {
  const parts: string[] = [];
  let size = 0;
  let node: Node | null = root.firstChild;
  while (node && size < max) {
    let descend = false;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      size += (node.nodeValue ?? '').length;
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'IMG') parts.push((node as Element).getAttribute('alt') ?? '');
      else if (tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE') descend = !!node.firstChild;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return parts.join('').trim();
}

function valueClass(el: Element): string | undefined {
  const values: string[] = [];
  for (const child of Array.from(el.querySelectorAll('.value')).slice(0, 20)) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'IMG' || tag === 'AREA') values.push(child.getAttribute('alt') ?? '');
    else if (tag === 'DATA') values.push(child.getAttribute('value') ?? mfText(child));
    else if (tag === 'ABBR') values.push(child.getAttribute('title') ?? mfText(child));
    else values.push(mfText(child));
  }
  return values.length ? values.join('') : undefined;
}

export function pValue(el: Element): string {
  const vc = valueClass(el);
  if (vc !== undefined) return clean(vc, 2000);
  const tag = el.tagName.toUpperCase();
  if ((tag === 'ABBR' || tag === 'LINK') && el.hasAttribute('title'))
    return clean(el.getAttribute('title'), 2000);
  if ((tag === 'DATA' || tag === 'INPUT') && el.hasAttribute('value'))
    return clean(el.getAttribute('value'), 2000);
  if ((tag === 'IMG' || tag === 'AREA') && el.hasAttribute('alt')) return clean(el.getAttribute('alt'), 2000);
  return clean(mfText(el), 2000);
}

const URL_ATTRS: [string[], string][] = [
  [['A', 'AREA', 'LINK'], 'href'],
  [['IMG', 'AUDIO'], 'src'],
  [['VIDEO'], 'src'],
  [['VIDEO'], 'poster'],
  [['SOURCE', 'IFRAME'], 'src'],
  [['OBJECT'], 'data'],
];

/** Resolve like a browser, but keep mailto:/tel: and never javascript:. */
export function resolveUrl(raw: string, base: string): string {
  const v = raw.trim();
  if (/^(javascript|data|vbscript):/i.test(v)) return '';
  // Absolute URLs stay as written (the suite expects that); relative ones resolve against the base.
  if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return v;
  return safeHttpUrl(v || base, base) ?? v;
}

export function uValue(el: Element, base: string): string {
  const tag = el.tagName.toUpperCase();
  for (const [tags, attr] of URL_ATTRS)
    if (tags.includes(tag) && el.hasAttribute(attr)) return resolveUrl(el.getAttribute(attr) ?? '', base);
  const vc = valueClass(el);
  if (vc !== undefined) return resolveUrl(clean(vc, 2000), base);
  if (tag === 'ABBR' && el.hasAttribute('title')) return resolveUrl(el.getAttribute('title') ?? '', base);
  if ((tag === 'DATA' || tag === 'INPUT') && el.hasAttribute('value'))
    return resolveUrl(el.getAttribute('value') ?? '', base);
  return resolveUrl(clean(mfText(el), 2000), base);
}

export function dtValue(el: Element): string {
  const vc = valueClass(el);
  if (vc !== undefined) return clean(vc, 200);
  const tag = el.tagName.toUpperCase();
  if (['TIME', 'INS', 'DEL'].includes(tag) && el.hasAttribute('datetime'))
    return clean(el.getAttribute('datetime'), 200);
  if (tag === 'ABBR' && el.hasAttribute('title')) return clean(el.getAttribute('title'), 200);
  if ((tag === 'DATA' || tag === 'INPUT') && el.hasAttribute('value'))
    return clean(el.getAttribute('value'), 200);
  return clean(mfText(el), 200);
}

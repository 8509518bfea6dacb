import { clean, visibleText } from '../text';
import type { Budget } from '../types';
import { safeHttpUrl } from '../urls';

/** A microdata item in the JSON-LD shape, so one mapper serves both syntaxes. */
export type SchemaNode = { [key: string]: unknown };

const MAX_ITEMS = 500;
const MAX_DEPTH = 24;
const URL_ATTR: Record<string, string> = {
  A: 'href',
  AREA: 'href',
  LINK: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  EMBED: 'src',
  IFRAME: 'src',
  TRACK: 'src',
  OBJECT: 'data',
};

function shortType(t: string): string {
  const parts = t.split(/[/#]/);
  return parts[parts.length - 1] ?? t;
}

function valueOf(el: Element, base: string): unknown {
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return clean(el.getAttribute('content'), 2000);
  const urlAttr = URL_ATTR[tag];
  if (urlAttr) {
    const raw = el.getAttribute(urlAttr);
    return safeHttpUrl(raw, base) ?? clean(raw, 2000);
  }
  if (tag === 'DATA' || tag === 'METER') return clean(el.getAttribute('value'), 2000);
  if (tag === 'TIME' && el.hasAttribute('datetime')) return clean(el.getAttribute('datetime'), 200);
  if (el.hasAttribute('content')) return clean(el.getAttribute('content'), 2000);
  return clean(visibleText(el, 4000), 2000);
}

function addProp(node: SchemaNode, name: string, value: unknown): void {
  if (name === '__proto__' || name === 'constructor' || name === 'prototype') return;
  const prev = Object.prototype.hasOwnProperty.call(node, name) ? node[name] : undefined;
  if (prev === undefined) node[name] = value;
  else if (Array.isArray(prev)) prev.push(value);
  else node[name] = [prev, value];
}

function readItem(item: Element, base: string, budget: Budget, depth: number): SchemaNode {
  const node: SchemaNode = {};
  Object.defineProperty(node, '__element', { value: item, enumerable: false });
  const types = (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map(shortType);
  if (types.length) node['@type'] = types.length === 1 ? types[0] : types;
  const id = item.getAttribute('itemid');
  if (id) node['@id'] = id;
  let el: Element | null = item.firstElementChild;
  while (el) {
    if (budget.expired()) break;
    let descend = true;
    const props = el.getAttribute('itemprop');
    if (props) {
      const scoped = el.hasAttribute('itemscope');
      const value = scoped && depth < MAX_DEPTH ? readItem(el, base, budget, depth + 1) : valueOf(el, base);
      for (const p of props.split(/\s+/).filter(Boolean)) addProp(node, shortType(p), value);
      if (scoped) descend = false;
    } else if (el.hasAttribute('itemscope')) descend = false;
    if (descend && el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== item && !el.nextElementSibling) el = el.parentElement;
    if (!el || el === item) break;
    el = el.nextElementSibling;
  }
  // An item with no properties stands for its text ("Author: <span itemscope …>Stendhal</span>").
  if (!Object.keys(node).some((k) => !k.startsWith('@'))) {
    const text = clean(visibleText(item, 400), 200);
    if (text) node['@value'] = text;
  }
  return node;
}

/** Every top-level microdata item under root. */
export function parseMicrodata(root: ParentNode, base: string, budget: Budget): SchemaNode[] {
  const items: SchemaNode[] = [];
  const scoped = root.querySelectorAll('[itemscope]');
  const self =
    (root as Node).nodeType === 1 && (root as Element).hasAttribute('itemscope') ? [root as Element] : [];
  for (const el of [...self, ...Array.from(scoped)]) {
    if (items.length >= MAX_ITEMS || budget.expired()) break;
    if (el.hasAttribute('itemprop')) continue;
    items.push(readItem(el, base, budget, 0));
  }
  return items;
}

/** The element a microdata node came from (for the badge anchor). */
export function elementOf(node: SchemaNode): Element | undefined {
  const el = (node as { __element?: unknown }).__element;
  return el && typeof el === 'object' ? (el as Element) : undefined;
}

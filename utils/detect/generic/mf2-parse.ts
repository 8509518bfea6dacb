import type { Budget } from '../types';
import { classesOf, dtValue, mfText, pValue, resolveUrl, uValue } from './mf2-values';

/** A parsed microformat, in the mf2 JSON shape used by the microformats test suite. */
export interface MfItem {
  type: string[];
  properties: Record<string, MfValue[]>;
  children?: MfItem[];
  value?: string;
  element?: Element;
}
export type MfValue = string | { value: string; alt: string } | MfItem;

const ROOT_V2 = /^h-[a-z0-9]+(-[a-z0-9]+)*$/;
const PROP_V2 = /^(p|u|dt|e)-([a-z0-9]+(-[a-z0-9]+)*)$/;
/** hCard (v1) root and property classes, mapped to their mf2 names. */
const ROOT_V1: Record<string, string> = { vcard: 'h-card', adr: 'h-adr', geo: 'h-geo' };
const PROP_V1: Record<string, Record<string, string>> = {
  'h-card': {
    fn: 'p-name',
    'given-name': 'p-given-name',
    'family-name': 'p-family-name',
    'additional-name': 'p-additional-name',
    'honorific-prefix': 'p-honorific-prefix',
    'honorific-suffix': 'p-honorific-suffix',
    nickname: 'p-nickname',
    org: 'p-org',
    title: 'p-job-title',
    role: 'p-role',
    email: 'u-email',
    tel: 'p-tel',
    url: 'u-url',
    photo: 'u-photo',
    logo: 'u-logo',
    note: 'p-note',
    category: 'p-category',
    uid: 'u-uid',
    bday: 'dt-bday',
    adr: 'p-adr',
    geo: 'p-geo',
    'sort-string': 'p-sort-string',
    sound: 'u-sound',
    key: 'u-key',
    tz: 'p-tz',
    rev: 'dt-rev',
    class: 'p-class',
    agent: 'p-agent',
    label: 'p-label',
    mailer: 'p-mailer',
  },
  'h-adr': {
    'street-address': 'p-street-address',
    'extended-address': 'p-extended-address',
    'post-office-box': 'p-post-office-box',
    locality: 'p-locality',
    region: 'p-region',
    'postal-code': 'p-postal-code',
    'country-name': 'p-country-name',
  },
  'h-geo': { latitude: 'p-latitude', longitude: 'p-longitude' },
};

interface Root {
  types: string[];
  v1: boolean;
}

function rootOf(el: Element): Root | undefined {
  const cls = classesOf(el);
  const v2 = cls.filter((c) => ROOT_V2.test(c));
  if (v2.length) return { types: [...new Set(v2)].sort(), v1: false };
  const v1 = cls.map((c) => ROOT_V1[c]).filter((t): t is string => !!t);
  return v1.length ? { types: [...new Set(v1)].sort(), v1: true } : undefined;
}

function propsOf(el: Element, parent: Root): string[] {
  const cls = classesOf(el);
  if (!parent.v1) return cls.filter((c) => PROP_V2.test(c));
  const out: string[] = [];
  for (const t of parent.types) for (const c of cls) if (PROP_V1[t]?.[c]) out.push(PROP_V1[t]![c]!);
  return [...new Set(out)];
}

function onlyChild(el: Element, tag?: string): Element | undefined {
  const kids = Array.from(el.children);
  const pool = tag ? kids.filter((k) => k.tagName.toUpperCase() === tag) : kids;
  if (pool.length !== 1 || (!tag && kids.length !== 1)) return undefined;
  return rootOf(pool[0]!) ? undefined : pool[0];
}

function push(item: MfItem, name: string, value: MfValue): void {
  (item.properties[name] ??= []).push(value);
}

function parseItem(el: Element, root: Root, base: string, budget: Budget, depth: number): MfItem {
  const item: MfItem = { type: root.types, properties: {}, element: el };
  let hasP = false;
  let hasU = false;
  let hasNested = false;
  let node: Element | null = el.firstElementChild;
  while (node) {
    if (budget.expired()) break;
    let descend = true;
    const nested = rootOf(node);
    const props = propsOf(node, root);
    if (nested && depth < 16) {
      hasNested = true;
      descend = false;
      const child = parseItem(node, nested, base, budget, depth + 1);
      if (props.length) {
        for (const p of props) {
          const [prefix, ...rest] = p.split('-');
          const name = rest.join('-');
          const copy = { ...child };
          if (prefix === 'p')
            copy.value =
              typeof child.properties.name?.[0] === 'string' ? child.properties.name[0] : pValue(node);
          else if (prefix === 'u')
            copy.value =
              typeof child.properties.url?.[0] === 'string' ? child.properties.url[0] : uValue(node, base);
          else copy.value = pValue(node);
          push(item, name, copy);
          if (prefix === 'p' || prefix === 'e') hasP = true;
          if (prefix === 'u') hasU = true;
        }
      } else (item.children ??= []).push(child);
    } else {
      for (const p of props) {
        const [prefix, ...rest] = p.split('-');
        const name = rest.join('-');
        if (prefix === 'p') {
          hasP = true;
          push(item, name, pValue(node));
        } else if (prefix === 'u') {
          hasU = true;
          const v = uValue(node, base);
          const alt = node.tagName.toUpperCase() === 'IMG' ? node.getAttribute('alt') : null;
          push(item, name, alt !== null ? { value: v, alt } : v);
        } else if (prefix === 'dt') push(item, name, dtValue(node));
        else if (prefix === 'e') {
          hasP = true;
          push(item, name, mfText(node));
        }
      }
    }
    if (descend && node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node && node !== el && !node.nextElementSibling) node = node.parentElement;
    if (!node || node === el) break;
    node = node.nextElementSibling;
  }
  if (!root.v1) implied(el, item, base, hasP, hasU, hasNested);
  return item;
}

function implied(
  el: Element,
  item: MfItem,
  base: string,
  hasP: boolean,
  hasU: boolean,
  hasNested: boolean,
): void {
  const tag = el.tagName.toUpperCase();
  if (!item.properties.name && !hasP && !hasNested) {
    let name: string | undefined;
    const pick = (e: Element | undefined): string | undefined => {
      if (!e) return undefined;
      const t = e.tagName.toUpperCase();
      if ((t === 'IMG' || t === 'AREA') && e.hasAttribute('alt')) return e.getAttribute('alt') ?? undefined;
      if (t === 'ABBR' && e.hasAttribute('title')) return e.getAttribute('title') ?? undefined;
      return undefined;
    };
    name = pick(el);
    const only = onlyChild(el);
    name ??= pick(only);
    if (name === undefined && only) name = pick(onlyChild(only));
    name ??= mfText(el).replace(/\s+/g, ' ').trim();
    item.properties.name = [name];
  }
  if (!item.properties.photo && !hasU && !hasNested) {
    const photoOf = (e: Element | undefined): MfValue | undefined => {
      if (!e) return undefined;
      const t = e.tagName.toUpperCase();
      if (t === 'IMG' && e.hasAttribute('src')) {
        const v = resolveUrl(e.getAttribute('src') ?? '', base);
        return e.hasAttribute('alt') ? { value: v, alt: e.getAttribute('alt') ?? '' } : v;
      }
      if (t === 'OBJECT' && e.hasAttribute('data')) return resolveUrl(e.getAttribute('data') ?? '', base);
      return undefined;
    };
    const only = onlyChild(el);
    const photo =
      photoOf(el) ??
      photoOf(onlyChild(el, 'IMG')) ??
      photoOf(onlyChild(el, 'OBJECT')) ??
      (only ? (photoOf(onlyChild(only, 'IMG')) ?? photoOf(onlyChild(only, 'OBJECT'))) : undefined);
    if (photo !== undefined) item.properties.photo = [photo];
  }
  if (!item.properties.url && !hasU && !hasNested) {
    const urlOf = (e: Element | undefined): string | undefined =>
      e && ['A', 'AREA'].includes(e.tagName.toUpperCase()) && e.hasAttribute('href')
        ? resolveUrl(e.getAttribute('href') ?? '', base)
        : undefined;
    const only = onlyChild(el);
    const url =
      urlOf(tag === 'A' || tag === 'AREA' ? el : undefined) ??
      urlOf(onlyChild(el, 'A')) ??
      urlOf(onlyChild(el, 'AREA')) ??
      (only ? (urlOf(onlyChild(only, 'A')) ?? urlOf(onlyChild(only, 'AREA'))) : undefined);
    if (url !== undefined) item.properties.url = [url];
  }
}

/** All top-level microformats under root (h-card, hCard, and their nested items). */
export function parseMicroformats(root: ParentNode, base: string, budget: Budget, max = 300): MfItem[] {
  const items: MfItem[] = [];
  const claimed = new Set<Element>();
  const all = root.querySelectorAll('[class*="h-"], .vcard, .adr, .geo');
  for (const el of Array.from(all)) {
    if (items.length >= max || budget.expired()) break;
    const r = rootOf(el);
    if (!r) continue;
    let inside = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (claimed.has(p)) {
        inside = true;
        break;
      }
    }
    if (inside) continue;
    claimed.add(el);
    items.push(parseItem(el, r, base, budget, 0));
  }
  return items;
}

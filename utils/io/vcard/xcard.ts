import type { VProperty } from './values';

const NS = 'urn:ietf:params:xml:ns:vcard-4.0';
/** Component element names of the structured properties, in vCard order (RFC 6351 §4). */
const COMPONENTS: Record<string, string[]> = {
  n: ['surname', 'given', 'additional', 'prefix', 'suffix'],
  adr: ['pobox', 'ext', 'street', 'locality', 'region', 'code', 'country'],
};

export type XCardCards = { cards: { index: number; properties: VProperty[] }[] } | { error: string };

const childElements = (el: Element) => Array.from(el.children);
const textOf = (el: Element | undefined) => el?.textContent ?? '';

function params(prop: Element): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const holder = childElements(prop).find((c) => c.localName === 'parameters');
  for (const param of holder ? childElements(holder) : []) {
    out[param.localName.toUpperCase()] = childElements(param).map((v) => textOf(v));
  }
  return out;
}

function property(prop: Element, group: string | undefined, index: number): VProperty {
  const name = prop.localName.toLowerCase();
  const values = childElements(prop).filter((c) => c.localName !== 'parameters');
  const order = COMPONENTS[name];
  let parts: string[];
  if (order) {
    // A component may repeat (two <suffix>): its values are joined as vCard joins them, by commas.
    parts = order.map((part) =>
      values
        .filter((v) => v.localName === part)
        .map((v) => textOf(v))
        .join(','),
    );
  } else parts = values.map((v) => textOf(v));
  const joiner = order || name === 'org' ? ';' : ',';
  return {
    name: name.toUpperCase(),
    group,
    params: params(prop),
    line: index + 1,
    value: parts.join(joiner),
    parts,
    dropped: false,
  };
}

/**
 * Reads xCard (RFC 6351, vCard 4.0 in XML) into the same properties the text parser gives. Needs
 * the browser's XML parser (a page or a test DOM); where there is none, says so.
 */
export function readXCard(xml: string): XCardCards {
  if (typeof DOMParser === 'undefined') return { error: 'xCard (XML) can only be read in a page, not here' };
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0)
    return { error: 'not well-formed XML, so not an xCard' };
  const vcards = Array.from(doc.getElementsByTagNameNS(NS, 'vcard'));
  if (vcards.length === 0) return { error: 'no <vcard> element in the XML: not an xCard' };
  const cards = vcards.map((card, index) => {
    const properties: VProperty[] = [];
    for (const child of childElements(card)) {
      if (child.localName === 'group') {
        const group = child.getAttribute('name')?.toLowerCase() ?? undefined;
        for (const inner of childElements(child)) properties.push(property(inner, group, index));
      } else properties.push(property(child, undefined, index));
    }
    return { index, properties };
  });
  return { cards };
}

import ICAL from 'ical.js';
import { z } from 'zod';
import type { VProperty } from './values';

/** ["vcard", [[name, params, type, value...], ...]] (RFC 7095), alone or in a list. */
const JCardSchema = z
  .tuple([
    z.literal('vcard'),
    z.array(z.tuple([z.string(), z.record(z.string(), z.unknown()), z.string()]).rest(z.unknown())),
  ])
  .rest(z.unknown());
const JCardFileSchema = z.union([JCardSchema, z.array(JCardSchema)]);

export type JCardCards = { cards: { index: number; properties: VProperty[] }[] } | { error: string };

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return String(value);
}

function params(prop: ICAL.Property): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of ['type', 'pref', 'sort-as', 'label', 'mediatype', 'value']) {
    const raw: unknown = prop.getParameter(name);
    if (raw === undefined || raw === null) continue;
    out[name.toUpperCase()] = (Array.isArray(raw) ? raw : [raw]).map(text);
  }
  return out;
}

/**
 * Reads a jCard (the JSON form of vCard 4.0) with ical.js into the same properties the text
 * parser gives, so one mapping serves both. Lines are card positions (1-based) in the file.
 */
export function readJCard(json: unknown): JCardCards {
  const parsed = JCardFileSchema.safeParse(json);
  if (!parsed.success) return { error: 'not a jCard: expected ["vcard", [properties], []]' };
  const list = parsed.data[0] === 'vcard' ? [parsed.data as z.infer<typeof JCardSchema>] : parsed.data;
  const cards = (list as z.infer<typeof JCardSchema>[]).map((jcard, index) => {
    const component = new ICAL.Component(jcard);
    const properties = component.getAllProperties().map((prop): VProperty => {
      const values: unknown[] = prop.getValues();
      const firstValue = values[0];
      const parts = Array.isArray(firstValue)
        ? firstValue.map((c: unknown) => (Array.isArray(c) ? c.map(text).join(',') : text(c)))
        : values.map(text);
      const group: unknown = prop.getParameter('group');
      return {
        name: prop.name.toUpperCase(),
        group: typeof group === 'string' ? group.toLowerCase() : undefined,
        params: params(prop),
        line: index + 1,
        value: parts.join(Array.isArray(firstValue) ? ';' : ','),
        parts,
        dropped: /^data:/i.test(parts[0] ?? ''),
      };
    });
    return { index, properties };
  });
  return { cards };
}

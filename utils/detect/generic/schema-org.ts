import type { SourceKind } from '../../model';
import { addEmail, addLink, addPhone, newDraft, setPhoto, setText } from '../draft';
import { clean } from '../text';
import type { CandidateKind, Draft } from '../types';
import { elementOf, type SchemaNode } from './microdata-parse';

/**
 * Maps schema.org nodes (from JSON-LD or microdata, same shape) to drafts: every Person and
 * Organization, with the links between them (worksFor, employee, founder, member, contactPoint).
 */

const ORG_TYPES = new Set([
  'organization',
  'corporation',
  'localbusiness',
  'ngo',
  'educationalorganization',
  'governmentorganization',
  'newsmediaorganization',
  'sportsteam',
  'sportsorganization',
  'medicalorganization',
  'airline',
  'consortium',
  'performinggroup',
  'musicgroup',
  'researchorganization',
  'library',
  'onlinebusiness',
  'onlinestore',
  'professionalservice',
  'legalservice',
  'financialservice',
  'store',
  'restaurant',
  'dentist',
  'hotel',
  'collegeoruniversity',
  'school',
  'fundingscheme',
  'project',
  'workersunion',
  'politicalparty',
  'cooperative',
]);
const ORG_SUFFIX = /(organization|business|store|company|corporation|agency|office|clinic|service|group)$/;

export function kindOfType(type: unknown): CandidateKind | undefined {
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
  for (const raw of types) {
    const t = raw.split(/[/#:]/).pop()!.toLowerCase();
    if (t === 'person' || t === 'patient') return 'person';
    if (ORG_TYPES.has(t) || ORG_SUFFIX.test(t)) return 'company';
  }
  return undefined;
}

function isNode(v: unknown): v is SchemaNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.slice(0, 50) : [v];
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isNode(v)) return str(v['@value'] ?? v['name'] ?? v['url'] ?? v['contentUrl'] ?? v['@id']);
  return undefined;
}

function own(node: SchemaNode, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

interface Walk {
  ids: Map<string, SchemaNode>;
  base: string;
  source: SourceKind;
  drafts: Draft[];
  seen: Set<SchemaNode>;
}

function deref(v: unknown, w: Walk): unknown {
  if (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1)
    return w.ids.get(v['@id']) ?? v;
  return v;
}

export function nameOf(node: SchemaNode): string | undefined {
  const name = str(own(node, 'name')) ?? str(own(node, 'legalName'));
  if (name) return name;
  const given = str(own(node, 'givenName'));
  const family = str(own(node, 'familyName'));
  if (given || family) return [given, family].filter(Boolean).join(' ');
  return str(own(node, '@value'));
}

function address(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (!isNode(v)) return undefined;
  const parts = ['addressLocality', 'addressRegion', 'addressCountry']
    .map((k) => str(own(v, k)))
    .filter(Boolean);
  return parts.length ? parts.join(', ') : str(own(v, 'name'));
}

function fill(d: Draft, node: SchemaNode, w: Walk): void {
  const src = w.source;
  setText(d, 'name', nameOf(node), src);
  if (d.kind === 'person') {
    setText(d, 'title', str(own(node, 'jobTitle')) ?? str(own(node, 'roleName')), src);
    for (const org of [...list(own(node, 'worksFor')), ...list(own(node, 'affiliation'))]) {
      const o = deref(org, w);
      setText(d, 'company', isNode(o) ? nameOf(o) : str(o), src);
    }
  }
  for (const e of list(own(node, 'email'))) if (str(e)) addEmail(d, str(e)!, src);
  for (const t of list(own(node, 'telephone'))) if (str(t)) addPhone(d, str(t)!, src);
  for (const cp of list(own(node, 'contactPoint'))) {
    const c = deref(cp, w);
    if (!isNode(c)) continue;
    for (const e of list(own(c, 'email'))) if (str(e)) addEmail(d, str(e)!, src);
    for (const t of list(own(c, 'telephone'))) if (str(t)) addPhone(d, str(t)!, src);
  }
  for (const u of [...list(own(node, 'url')), ...list(own(node, 'sameAs'))]) addLink(d, str(u), w.base, src);
  for (const img of [...list(own(node, 'image')), ...list(own(node, 'logo'))])
    if (setPhoto(d, str(img), w.base, src)) break;
  for (const a of [
    ...list(own(node, 'address')),
    ...list(own(node, 'homeLocation')),
    ...list(own(node, 'location')),
  ])
    if (setText(d, 'location', address(deref(a, w)), src)) break;
}

const PEOPLE_OF_ORG = ['employee', 'employees', 'founder', 'founders', 'member', 'members', 'alumni'];

function visit(node: SchemaNode, w: Walk, company: string | undefined, depth: number): void {
  if (depth > 32 || w.seen.has(node) || w.drafts.length > 500) return;
  w.seen.add(node);
  const kind = kindOfType(own(node, '@type'));
  let draft: Draft | undefined;
  if (kind) {
    const anchor = elementOf(node);
    draft = newDraft(kind, depth === 0 ? 0.8 : 0.75, anchor);
    fill(draft, node, w);
    if (kind === 'person' && company) setText(draft, 'company', company, w.source);
    if (draft.name) w.drafts.push(draft);
  }
  const orgName = kind === 'company' ? draft?.name : undefined;
  for (const key of Object.keys(node)) {
    if (key === '@context') continue;
    const inherit = orgName && PEOPLE_OF_ORG.includes(key) ? orgName : undefined;
    for (const child of list(own(node, key))) {
      const c = key === '@graph' ? child : deref(child, w);
      if (isNode(c)) visit(c, w, inherit, key === '@graph' ? depth : depth + 1);
    }
  }
}

function collectIds(value: unknown, ids: Map<string, SchemaNode>, depth = 0): void {
  if (depth > 32 || ids.size > 2000) return;
  if (Array.isArray(value)) for (const v of value.slice(0, 500)) collectIds(v, ids, depth + 1);
  else if (isNode(value)) {
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !ids.has(id)) ids.set(id, value);
    for (const k of Object.keys(value)) collectIds(value[k], ids, depth + 1);
  }
}

/** Drafts for every Person and Organization in these schema.org values. */
export function schemaDrafts(values: unknown[], base: string, source: SourceKind): Draft[] {
  const w: Walk = { ids: new Map(), base, source, drafts: [], seen: new Set() };
  collectIds(values, w.ids);
  for (const v of values.slice(0, 200)) {
    if (Array.isArray(v)) for (const x of v.slice(0, 200)) if (isNode(x)) visit(x, w, undefined, 0);
    if (isNode(v)) visit(v, w, undefined, 0);
  }
  return w.drafts.map((d) => {
    if (d.name) d.name = clean(d.name, 200);
    return d;
  });
}

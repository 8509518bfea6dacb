import { addEmail, addLink, addPhone, newDraft, setPhoto, setText } from '../draft';
import type { DetectContext, Draft } from '../types';
import { parseMicroformats, type MfItem, type MfValue } from './mf2-parse';

function text(v: MfValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if ('type' in v) {
    const name = v.properties.name?.[0];
    return v.value ?? (typeof name === 'string' ? name : undefined);
  }
  return v.value;
}

function all(item: MfItem, prop: string): string[] {
  return (item.properties[prop] ?? []).map(text).filter((s): s is string => !!s);
}

function location(item: MfItem): string | undefined {
  const adr = item.properties.adr?.[0] ?? item.children?.find((c) => c.type.includes('h-adr'));
  const source = adr && typeof adr === 'object' && 'type' in adr ? adr : item;
  const parts = ['locality', 'region', 'country-name'].map((p) => all(source, p)[0]).filter(Boolean);
  if (parts.length) return parts.join(', ');
  return typeof adr === 'string' ? adr : undefined;
}

function toDraft(item: MfItem, ctx: DetectContext): Draft {
  const name = all(item, 'name')[0];
  const org = all(item, 'org')[0];
  const isOrg = !!name && !!org && name === org;
  const d = newDraft(isOrg ? 'company' : 'person', 0.75, item.element);
  setText(d, 'name', name, 'h-card');
  setText(d, 'title', all(item, 'job-title')[0] ?? all(item, 'role')[0], 'h-card');
  if (!isOrg) setText(d, 'company', org, 'h-card');
  for (const e of all(item, 'email')) {
    const m = /[^\s/:@]+@[^\s/?@]+/.exec(e);
    if (m) addEmail(d, m[0], 'h-card');
  }
  for (const t of all(item, 'tel')) addPhone(d, t.replace(/^tel:/i, ''), 'h-card');
  for (const u of all(item, 'url')) addLink(d, u, ctx.base, 'h-card');
  setPhoto(d, all(item, 'photo')[0], ctx.base, 'h-card');
  setText(d, 'location', location(item), 'h-card');
  return d;
}

function cards(items: MfItem[], out: MfItem[], depth = 0): void {
  for (const item of items) {
    if (item.type.includes('h-card')) out.push(item);
    if (depth < 4 && item.children) cards(item.children, out, depth + 1);
  }
}

/** Microformats h-card (v2) and hCard (v1). */
export function detectHCard(ctx: DetectContext): Draft[] {
  const found: MfItem[] = [];
  cards(parseMicroformats(ctx.root, ctx.base, ctx.budget), found);
  return found.map((i) => toDraft(i, ctx)).filter((d) => !!d.name);
}

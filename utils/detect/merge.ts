import type { DetectedCandidate } from '../model';
import { MAX_LIST } from './draft';
import { clean, nameKey } from './text';
import type { Draft } from './types';

/** Keys that say two drafts are the same person or company on one page. */
function keysOf(d: Draft): string[] {
  const keys: string[] = [];
  for (const e of d.emails) keys.push(`e:${e}`);
  for (const p of d.phones) {
    // Last nine digits: "03-1234-5678" and "+81 3-1234-5678" meet without knowing the region.
    const digits = p.replace(/\D/g, '');
    if (digits.length >= 7) keys.push(`p:${digits.slice(-9)}`);
  }
  for (const l of d.links)
    if (l.kind !== 'website' && l.kind !== 'other') keys.push(`l:${l.url.toLowerCase()}`);
  if (d.kind === 'company') {
    for (const l of d.links) if (l.kind === 'website') keys.push(`w:${hostOf(l.url)}`);
  }
  if (d.name) keys.push(`n:${d.kind}:${nameKey(d.name)}`);
  return keys.filter((k) => k.length > 4);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Two people with the same name but different companies are kept apart. */
function compatible(a: Draft, b: Draft): boolean {
  if (a.kind !== b.kind) return false;
  if (a.company && b.company && nameKey(a.company) !== nameKey(b.company)) {
    const shared = keysOf(a).filter((k) => !k.startsWith('n:'));
    return keysOf(b).some((k) => shared.includes(k));
  }
  return true;
}

/** Merge drafts that share a key into one, keeping every source; returns drafts in first-seen order. */
export function mergeDrafts(drafts: Draft[]): Draft[] {
  const groups: Draft[][] = [];
  const byKey = new Map<string, number>();
  for (const d of drafts) {
    let target: number | undefined;
    for (const k of keysOf(d)) {
      const g = byKey.get(k);
      if (g !== undefined && groups[g] && groups[g]!.every((o) => compatible(o, d))) {
        target = g;
        break;
      }
    }
    if (target === undefined) {
      target = groups.length;
      groups.push([d]);
    } else groups[target]!.push(d);
    for (const k of keysOf(d)) if (!byKey.has(k)) byKey.set(k, target);
  }
  return groups.map(combine);
}

function combine(group: Draft[]): Draft {
  if (group.length === 1) return group[0]!;
  const sorted = [...group].sort((a, b) => b.confidence - a.confidence);
  const out: Draft = { kind: sorted[0]!.kind, emails: [], phones: [], links: [], sources: [], confidence: 0 };
  let miss = 1;
  for (const d of sorted) {
    out.name ??= d.name;
    out.title ??= d.title;
    out.company ??= d.company;
    out.location ??= d.location;
    out.photoUrl ??= d.photoUrl;
    out.anchor ??= d.anchor;
    for (const e of d.emails) if (!out.emails.includes(e) && out.emails.length < MAX_LIST) out.emails.push(e);
    for (const p of d.phones) {
      const digits = p.replace(/\D/g, '').slice(-9);
      if (!out.phones.some((q) => q.replace(/\D/g, '').slice(-9) === digits) && out.phones.length < MAX_LIST)
        out.phones.push(p);
    }
    for (const l of d.links)
      if (!out.links.some((o) => o.url === l.url) && out.links.length < MAX_LIST) out.links.push(l);
    for (const s of d.sources)
      if (!out.sources.some((o) => o.field === s.field && o.source === s.source) && out.sources.length < 100)
        out.sources.push(s);
    miss *= 1 - d.confidence;
  }
  out.confidence = Math.min(0.99, 1 - miss);
  return out;
}

/** Turn a draft into a candidate, or drop it when it has neither a name nor a key to name it by. */
export function finalize(d: Draft, pageUrl: string): DetectedCandidate | undefined {
  let name = d.name;
  const sources = [...d.sources];
  if (!name && d.emails[0]) {
    name = d.emails[0];
    sources.push({ field: 'name', source: sources.find((s) => s.field === 'emails')?.source ?? 'text' });
  }
  if (!name) return undefined;
  const candidate: DetectedCandidate = {
    kind: d.kind,
    name: clean(name, 200),
    emails: d.emails.slice(0, MAX_LIST),
    phones: d.phones.slice(0, MAX_LIST),
    links: d.links.slice(0, MAX_LIST),
    sources: sources.slice(0, 100),
    confidence: Math.round(Math.max(0, Math.min(1, d.confidence)) * 100) / 100,
    url: pageUrl.length <= 2048 ? pageUrl : undefined,
  };
  if (!candidate.name) return undefined;
  if (d.title) candidate.title = d.title;
  if (d.company && d.company !== candidate.name) candidate.company = d.company;
  if (d.location) candidate.location = d.location;
  if (d.photoUrl) candidate.photoUrl = d.photoUrl;
  if (d.anchor) candidate.anchor = d.anchor;
  return candidate;
}

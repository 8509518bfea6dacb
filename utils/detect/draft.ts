import type { SourceKind } from '../model';
import { clean, plausibleName } from './text';
import type { CandidateKind, Draft, LinkKind } from './types';
import { linkKind, safeHttpUrl } from './urls';

export const MAX_LIST = 50;
const EMAIL_SHAPE = /^[^\s@<>()[\],;:"]{1,64}@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]{2,}$/;

export function newDraft(kind: CandidateKind, confidence: number, anchor?: Element): Draft {
  return { kind, emails: [], phones: [], links: [], sources: [], confidence, anchor };
}

function addSource(d: Draft, field: string, source: SourceKind): void {
  if (d.sources.length >= 100) return;
  if (!d.sources.some((s) => s.field === field && s.source === source)) d.sources.push({ field, source });
}

type TextField = 'name' | 'title' | 'company' | 'location';

/** Set a text field if empty; returns whether it was set. Names must look like names. */
export function setText(
  d: Draft,
  field: TextField,
  value: string | null | undefined,
  source: SourceKind,
): boolean {
  if (d[field]) return false;
  const v = clean(value, 200);
  if (!v) return false;
  if ((field === 'name' || field === 'company') && !plausibleName(v)) return false;
  d[field] = v;
  addSource(d, field, source);
  return true;
}

export function normaliseEmail(value: string): string | undefined {
  const v = clean(value, 320)
    .replace(/^mailto:/i, '')
    .split('?')[0]!
    .trim()
    .replace(/[.,;:]+$/, '');
  return EMAIL_SHAPE.test(v) ? v.toLowerCase() : undefined;
}

export function addEmail(d: Draft, value: string, source: SourceKind): boolean {
  const email = normaliseEmail(value);
  if (!email || d.emails.includes(email) || d.emails.length >= MAX_LIST) return false;
  d.emails.push(email);
  addSource(d, 'emails', source);
  return true;
}

export function addPhone(d: Draft, value: string, source: SourceKind): boolean {
  const phone = clean(value, 64);
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 17) return false;
  if (d.phones.some((p) => p.replace(/\D/g, '') === digits) || d.phones.length >= MAX_LIST) return false;
  d.phones.push(phone);
  addSource(d, 'phones', source);
  return true;
}

export function addLink(
  d: Draft,
  href: string | null | undefined,
  base: string,
  source: SourceKind,
  kind?: LinkKind,
): boolean {
  const url = safeHttpUrl(href, base);
  if (!url || d.links.some((l) => l.url === url) || d.links.length >= MAX_LIST) return false;
  d.links.push({ kind: kind ?? linkKind(url), url });
  addSource(d, 'links', source);
  return true;
}

export function setPhoto(
  d: Draft,
  src: string | null | undefined,
  base: string,
  source: SourceKind,
): boolean {
  if (d.photoUrl) return false;
  const url = safeHttpUrl(src, base);
  if (!url) return false;
  d.photoUrl = url;
  addSource(d, 'photoUrl', source);
  return true;
}

/** Whether a draft identifies someone: a name, or failing that something to key it by. */
export function hasIdentity(d: Draft): boolean {
  return !!d.name || d.emails.length > 0 || d.links.some((l) => l.kind === 'linkedin');
}

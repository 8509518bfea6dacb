import { phoneKey } from '@/utils/identity';
import {
  LinkEntrySchema,
  SafeUrlSchema,
  type Candidate,
  type Person,
  type Provenance,
  type ProvenanceMap,
  type SourceKind,
} from '@/utils/model';
import type { NewRecord } from '@/utils/db';

const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+[\s\u3000]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+$/u;

/** Japanese names are written family name first; split "山田 太郎" into its parts. */
export function splitName(
  name: string,
): Pick<Person, 'nameOrder'> & { givenName?: string; familyName?: string } {
  const trimmed = name.trim();
  if (CJK_NAME.test(trimmed)) {
    const [family, ...given] = trimmed.split(/[\s\u3000]+/);
    return { nameOrder: 'family-first', familyName: family, givenName: given.join(' ') };
  }
  const parts = trimmed.split(/\s+/);
  if (parts.length < 2) return { nameOrder: 'western' };
  return { nameOrder: 'western', givenName: parts.slice(0, -1).join(' '), familyName: parts.at(-1) };
}

/** Map a candidate's fields to a new person, with each field's provenance. */
export function candidateToPerson(
  c: Candidate,
  ctx: { memberId: string; region?: string; now: number },
): NewRecord<'person'> {
  const provenance: ProvenanceMap = {};
  const fieldMap: Record<string, string> = {
    name: 'displayName',
    title: 'title',
    company: 'companyName',
    emails: 'emails',
    phones: 'phones',
    links: 'links',
    location: 'location',
    photoUrl: 'photoUrl',
  };
  for (const s of c.sources) {
    const field = fieldMap[s.field] ?? s.field;
    const entry: Provenance = {
      source: s.source as SourceKind,
      at: ctx.now,
      by: ctx.memberId,
      confidence: c.confidence,
      ...(c.url ? { url: c.url.slice(0, 2048) } : {}),
    };
    (provenance[field] ??= []).push(entry);
  }
  const phones = c.phones.map((raw) => {
    const key = phoneKey(raw, ctx.region as never);
    return key.ok ? { raw, e164: key.key } : { raw };
  });
  const links = c.links.filter((l) => LinkEntrySchema.safeParse(l).success);
  const photo = c.photoUrl && SafeUrlSchema.safeParse(c.photoUrl).success ? c.photoUrl : undefined;
  return {
    displayName: c.name,
    ...splitName(c.name),
    ...(c.title ? { title: c.title } : {}),
    ...(c.company ? { companyName: c.company } : {}),
    ...(c.location ? { location: c.location } : {}),
    ...(photo ? { photoUrl: photo } : {}),
    emails: [...new Set(c.emails)].map((value) => ({ value })),
    phones,
    links,
    provenance,
  };
}

/** Fold a candidate's new facts into an existing person: keep every email, phone and link. */
export function mergeCandidateInto(existing: Person, incoming: NewRecord<'person'>): Partial<Person> {
  const emails = [...existing.emails];
  for (const e of incoming.emails ?? []) {
    if (!emails.some((x) => x.value.toLowerCase() === e.value.toLowerCase())) emails.push(e);
  }
  const phones = [...existing.phones];
  for (const p of incoming.phones ?? []) {
    if (!phones.some((x) => (x.e164 && x.e164 === p.e164) || x.raw === p.raw)) phones.push(p);
  }
  const links = [...existing.links];
  for (const l of incoming.links ?? []) if (!links.some((x) => x.url === l.url)) links.push(l);
  const provenance: ProvenanceMap = { ...existing.provenance };
  for (const [field, list] of Object.entries(incoming.provenance ?? {})) {
    provenance[field] = [...(provenance[field] ?? []), ...list].slice(-32);
  }
  return {
    emails,
    phones,
    links,
    provenance,
    title: existing.title ?? incoming.title,
    companyName: existing.companyName ?? incoming.companyName,
    location: existing.location ?? incoming.location,
    photoUrl: existing.photoUrl ?? incoming.photoUrl,
  };
}

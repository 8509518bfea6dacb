import type { CountryCode } from 'libphonenumber-js';
import type { z } from 'zod';
import { phoneKey } from '@/utils/identity/phone';
import type { Provenance, SourceKind } from '@/utils/model';
import { ImportedPersonSchema, type ImportedPerson, type ImportedRow } from '../types';
import type { PersonDraft } from './draft';
import { cleanLabel } from './labels';
import { isLinkKind, kindOfUrl, safeUrl } from './links';
import { cleanBlock, cleanLine, isFamilyFirstScript, widenKana } from './text';

export interface BuildContext {
  source: SourceKind;
  now: number;
  by?: string;
  region: string;
}

export type BuildResult = { ok: true; row: ImportedRow } | { ok: false; reason: string };

/** How sure an import is of what it says: the user's own export, so high but below a manual edit. */
const IMPORT_CONFIDENCE = 0.9;

const E164 = /^\+[1-9]\d{4,14}$/;
const EMAIL_LIKE = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** "Name <a@b>", "mailto:a@b" and "a@b" all give "a@b"; text with no address gives null. */
function bareEmail(input: string): string | null {
  let s = input.trim();
  const angled = /<([^<>]+)>\s*$/.exec(s);
  if (angled?.[1] !== undefined) s = angled[1].trim();
  s = s.replace(/^mailto:/i, '').trim();
  return EMAIL_LIKE.test(s) && s.length <= 320 ? s : null;
}

function composeName(d: PersonDraft, familyFirst: boolean): string | undefined {
  const given = cleanLine(d.givenName);
  const middle = cleanLine(d.middleName);
  const family = cleanLine(d.familyName);
  const parts = familyFirst ? [family, given, middle] : [given, middle, family];
  const name = parts.filter((p) => p !== undefined).join(' ');
  return name === '' ? undefined : name;
}

function splitReading(reading: string, familyFirst: boolean): { family?: string; given?: string } {
  const parts = reading.split(/[\s\u3000]+/).filter((p) => p !== '');
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    return familyFirst ? { family: a, given: b } : { given: a, family: b };
  }
  return { family: reading };
}

function locationOf(d: PersonDraft): string | undefined {
  const direct = cleanLine(d.location);
  if (direct) return direct;
  const a = d.address;
  if (!a) return undefined;
  const wide = [a.city, a.region, a.country].map(cleanLine).filter((p) => p !== undefined);
  if (wide.length > 0) return wide.join(', ');
  return cleanLine(a.street);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Cleans, dedupes and validates one draft; never throws. */
export function buildPerson(d: PersonDraft, ctx: BuildContext): BuildResult {
  try {
    return build(d, ctx);
  } catch (error) {
    return {
      ok: false,
      reason: `could not read it (${error instanceof Error ? error.message : 'unexpected'})`,
    };
  }
}

function build(d: PersonDraft, ctx: BuildContext): BuildResult {
  const spill: string[] = [];
  const familyName = cleanLine(d.familyName);
  const givenName = cleanLine(d.givenName);
  const nameText = [d.fullName, d.familyName, d.givenName].filter(Boolean).join(' ');
  const familyFirst = d.nameOrder ? d.nameOrder === 'family-first' : isFamilyFirstScript(nameText);

  const emails: ImportedPerson['emails'] = [];
  const seenEmails = new Set<string>();
  for (const e of d.emails) {
    if (cleanLine(e.value) === undefined) continue;
    const address = bareEmail(e.value);
    if (address === null) {
      spill.push(`Email (not an address): ${cleanLine(e.value)}`);
      continue;
    }
    if (seenEmails.has(address.toLowerCase())) continue;
    seenEmails.add(address.toLowerCase());
    const label = cleanLabel(e.label);
    emails.push(label ? { value: address, label } : { value: address });
  }

  const phones: ImportedPerson['phones'] = [];
  const seenPhones = new Set<string>();
  for (const p of d.phones) {
    const raw = cleanLine(p.raw)?.replace(/^tel:/i, '');
    if (raw === undefined || raw === '') continue;
    if (raw.length > 64) {
      spill.push(`Phone (too long): ${raw}`);
      continue;
    }
    const key =
      p.e164 && E164.test(p.e164)
        ? { ok: true as const, key: p.e164 }
        : phoneKey(raw, ctx.region as CountryCode);
    const dedupe = key.ok ? key.key : raw;
    if (seenPhones.has(dedupe)) continue;
    seenPhones.add(dedupe);
    const label = cleanLabel(p.label);
    phones.push({ raw, ...(key.ok ? { e164: key.key } : {}), ...(label ? { label } : {}) });
  }

  const links: ImportedPerson['links'] = [];
  const seenLinks = new Set<string>();
  for (const l of d.links) {
    const text = cleanLine(l.url);
    if (text === undefined) continue;
    const url = safeUrl(text);
    if (url === null) {
      spill.push(`Link: ${text}`);
      continue;
    }
    if (seenLinks.has(url)) continue;
    seenLinks.add(url);
    const kind = l.kind && isLinkKind(l.kind) ? l.kind : kindOfUrl(url);
    links.push({ kind, url });
  }

  const photo = d.photoUrl ? safeUrl(d.photoUrl) : null;
  const tags = [...new Set(d.tags.map((t) => cleanLine(t)).filter((t): t is string => t !== undefined))];

  let givenNamePhonetic = cleanLine(d.givenNamePhonetic);
  let familyNamePhonetic = cleanLine(d.familyNamePhonetic);
  const reading = cleanLine(d.fullNamePhonetic);
  if (reading && !givenNamePhonetic && !familyNamePhonetic) {
    const split = splitReading(reading, familyFirst);
    givenNamePhonetic = split.given;
    familyNamePhonetic = split.family;
  }

  const displayName =
    cleanLine(d.fullName) ??
    composeName(d, familyFirst) ??
    cleanLine(d.nickname) ??
    emails[0]?.value ??
    cleanLine(d.companyName) ??
    phones[0]?.raw;
  if (displayName === undefined) {
    return { ok: false, reason: 'no name, email, phone or company: nothing to save this person under' };
  }

  const notes = [...d.notes.map(cleanBlock), ...spill].filter((n): n is string => n !== undefined);
  const person: Record<string, unknown> = {
    displayName,
    givenName,
    familyName,
    givenNamePhonetic: givenNamePhonetic && widenKana(givenNamePhonetic),
    familyNamePhonetic: familyNamePhonetic && widenKana(familyNamePhonetic),
    nameOrder: familyFirst ? 'family-first' : 'western',
    title: cleanLine(d.title),
    companyName: cleanLine(d.companyName),
    emails,
    phones,
    links,
    location: locationOf(d),
    photoUrl: photo ?? undefined,
    notes: notes.length > 0 ? notes.join('\n\n') : undefined,
    tags,
    metAt: d.metAt,
    how: cleanLine(d.how),
  };
  for (const key of Object.keys(person)) if (person[key] === undefined) delete person[key];
  person.provenance = provenanceFor(person, ctx);

  const parsed = ImportedPersonSchema.safeParse(person);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  return { ok: true, row: { ...parsed.data, line: d.line } };
}

const NO_PROVENANCE = new Set(['nameOrder', 'metAt', 'how', 'provenance']);

function provenanceFor(person: Record<string, unknown>, ctx: BuildContext): Record<string, Provenance[]> {
  const stamp: Provenance = { source: ctx.source, at: ctx.now, confidence: IMPORT_CONFIDENCE };
  if (ctx.by !== undefined) stamp.by = ctx.by;
  const out: Record<string, Provenance[]> = {};
  for (const [key, value] of Object.entries(person)) {
    if (NO_PROVENANCE.has(key)) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = [stamp];
  }
  return out;
}

import type { z } from 'zod';
import { ProvenanceSchema, type Provenance, type SourceKind } from '@/utils/model';
import { ImportedPersonSchema, type ImportedRow } from '../types';
import type { PersonDraft } from './draft';
import { cleanEmails, cleanLinks, cleanPhones, cleanTags } from './entries';
import { safeUrl } from './links';
import { cleanBlock, cleanLine, isFamilyFirstScript, widenKana } from './text';

export interface BuildContext {
  source: SourceKind;
  now: number;
  by?: string;
  region: string;
}

export type BuildResult = { ok: true; row: ImportedRow } | { ok: false; reason: string };

/** Validated per row; the provenance is validated once per import (see `stampOf`). */
const ImportedPersonCoreSchema = ImportedPersonSchema.omit({ provenance: true });

/** How sure an import is of what it says: the user's own export, so high but below a manual edit. */
const IMPORT_CONFIDENCE = 0.9;

function composeName(d: PersonDraft, familyFirst: boolean): string | undefined {
  const given = cleanLine(d.givenName);
  const middle = cleanLine(d.middleName);
  const family = cleanLine(d.familyName);
  const parts = familyFirst ? [family, given, middle] : [given, middle, family];
  const name = parts.filter((p) => p !== undefined).join(' ');
  return name === '' ? undefined : name;
}

/** A reading of the whole name: two words split into family and given in the name's order. */
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

function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
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
  const nameText = `${d.fullName ?? ''} ${d.familyName ?? ''} ${d.givenName ?? ''}`;
  const familyFirst = d.nameOrder ? d.nameOrder === 'family-first' : isFamilyFirstScript(nameText);
  const emails = cleanEmails(d.emails, spill);
  const phones = cleanPhones(d.phones, ctx.region, spill);
  const links = cleanLinks(d.links, spill);

  let givenNamePhonetic = cleanLine(d.givenNamePhonetic);
  let familyNamePhonetic = cleanLine(d.familyNamePhonetic);
  const reading = cleanLine(d.fullNamePhonetic);
  if (reading && !givenNamePhonetic && !familyNamePhonetic) {
    ({ given: givenNamePhonetic, family: familyNamePhonetic } = splitReading(reading, familyFirst));
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

  const notes: string[] = [];
  for (const n of d.notes) {
    const note = cleanBlock(n);
    if (note !== undefined) notes.push(note);
  }
  notes.push(...spill);

  // Only defined keys are set: objects built key by key stay fast where deleting keys would not.
  const person: Record<string, unknown> = { displayName };
  put(person, 'givenName', cleanLine(d.givenName));
  put(person, 'familyName', cleanLine(d.familyName));
  put(person, 'givenNamePhonetic', givenNamePhonetic && widenKana(givenNamePhonetic));
  put(person, 'familyNamePhonetic', familyNamePhonetic && widenKana(familyNamePhonetic));
  person.nameOrder = familyFirst ? 'family-first' : 'western';
  put(person, 'title', cleanLine(d.title));
  put(person, 'companyName', cleanLine(d.companyName));
  person.emails = emails;
  person.phones = phones;
  person.links = links;
  put(person, 'location', locationOf(d));
  put(person, 'photoUrl', d.photoUrl ? (safeUrl(d.photoUrl) ?? undefined) : undefined);
  put(person, 'notes', notes.length > 0 ? notes.join('\n\n') : undefined);
  person.tags = cleanTags(d.tags);
  put(person, 'metAt', d.metAt);
  put(person, 'how', cleanLine(d.how));

  const parsed = ImportedPersonCoreSchema.safeParse(person);
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error) };
  // zod gave a fresh object: extend it rather than copy it again (100k rows make copies count).
  return {
    ok: true,
    row: Object.assign(parsed.data, { provenance: provenanceFor(parsed.data, ctx), line: d.line }),
  };
}

const NO_PROVENANCE = new Set(['nameOrder', 'metAt', 'how']);

/** One validated stamp per import, shared by every field of every row: imports make no per-field claims. */
const stamps = new WeakMap<BuildContext, Provenance[]>();

function stampOf(ctx: BuildContext): Provenance[] {
  let list = stamps.get(ctx);
  if (!list) {
    const stamp = ProvenanceSchema.parse({
      source: ctx.source,
      at: ctx.now,
      by: ctx.by,
      confidence: IMPORT_CONFIDENCE,
    });
    list = [stamp];
    stamps.set(ctx, list);
  }
  return list;
}

function provenanceFor(person: Record<string, unknown>, ctx: BuildContext): Record<string, Provenance[]> {
  const list = stampOf(ctx);
  const out: Record<string, Provenance[]> = {};
  for (const key in person) {
    if (NO_PROVENANCE.has(key)) continue;
    const value = person[key];
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = list;
  }
  return out;
}

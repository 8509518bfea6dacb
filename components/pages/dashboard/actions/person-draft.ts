import { companyNameKey, emailKey, phoneKey, type CountryCode } from '@/utils/identity';
import { findByKeys, type MeishiDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import {
  LinkEntrySchema,
  type LinkEntry,
  type NameOrder,
  type Person,
  type Provenance,
  type ProvenanceMap,
  type Status,
  type Visibility,
} from '@/utils/model';

/** A person as the edit form holds it: plain strings, one email/phone/link a line, tags by comma. */
export interface PersonDraft {
  displayName: string;
  familyName: string;
  givenName: string;
  familyNamePhonetic: string;
  givenNamePhonetic: string;
  nameOrder: NameOrder;
  title: string;
  companyName: string;
  emails: string;
  phones: string;
  links: string;
  location: string;
  tags: string;
  status: Status;
  visibility: Visibility;
  notes: string;
}

export function draftOf(p: Partial<Person> | undefined, defaults: { visibility: Visibility }): PersonDraft {
  return {
    displayName: p?.displayName ?? '',
    familyName: p?.familyName ?? '',
    givenName: p?.givenName ?? '',
    familyNamePhonetic: p?.familyNamePhonetic ?? '',
    givenNamePhonetic: p?.givenNamePhonetic ?? '',
    nameOrder: p?.nameOrder ?? 'western',
    title: p?.title ?? '',
    companyName: p?.companyName ?? '',
    emails: (p?.emails ?? []).map((e) => e.value).join('\n'),
    phones: (p?.phones ?? []).map((ph) => ph.raw).join('\n'),
    links: (p?.links ?? []).map((l) => l.url).join('\n'),
    location: p?.location ?? '',
    tags: (p?.tags ?? []).join(', '),
    status: p?.status ?? 'contact',
    visibility: p?.visibility ?? defaults.visibility,
    notes: p?.notes ?? '',
  };
}

const lines = (s: string) => [
  ...new Set(
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];
const opt = (s: string) => (s.trim() ? s.trim() : undefined);

function linkKind(url: string): LinkEntry['kind'] {
  const host = (() => {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return '';
    }
  })();
  if (host.endsWith('linkedin.com')) return 'linkedin';
  if (host === 'github.com') return 'github';
  if (host === 'x.com' || host === 'twitter.com') return 'x';
  return 'website';
}

export type DraftFields = Omit<
  Person,
  | 'id'
  | 'createdAt'
  | 'createdBy'
  | 'updatedAt'
  | 'updatedBy'
  | 'deletedAt'
  | 'deletedBy'
  | 'provenance'
  | 'companyId'
>;

/** The record fields of a draft, or the problems a person must fix (each in words, none lost). */
export function fieldsOf(
  draft: PersonDraft,
  region: string,
): { ok: true; fields: DraftFields } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!draft.displayName.trim()) problems.push(t('dash_error_name'));
  const emails = lines(draft.emails).map((value) => {
    if (!emailKey(value).ok) problems.push(t('dash_error_email', value));
    return { value };
  });
  const phones = lines(draft.phones).map((raw) => {
    const key = phoneKey(raw, region as CountryCode);
    return key.ok ? { raw, e164: key.key } : { raw };
  });
  const links: LinkEntry[] = [];
  for (const raw of lines(draft.links)) {
    const url = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
    const entry = { kind: linkKind(url), url };
    if (LinkEntrySchema.safeParse(entry).success) links.push(entry);
    else problems.push(t('dash_error_link', raw));
  }
  const tags = [
    ...new Set(
      draft.tags
        .split(/[,、，]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (problems.length) return { ok: false, problems };
  const fields: DraftFields = {
    displayName: draft.displayName.trim(),
    givenName: opt(draft.givenName),
    familyName: opt(draft.familyName),
    givenNamePhonetic: opt(draft.givenNamePhonetic),
    familyNamePhonetic: opt(draft.familyNamePhonetic),
    nameOrder: draft.nameOrder,
    title: opt(draft.title),
    companyName: opt(draft.companyName),
    emails,
    phones,
    links,
    location: opt(draft.location),
    photoUrl: undefined,
    notes: opt(draft.notes),
    tags,
    status: draft.status,
    visibility: draft.visibility,
  };
  return { ok: true, fields };
}

/** Only the fields that differ from the record, each with a "typed by hand" provenance entry. */
export function patchOf(
  before: Person,
  fields: DraftFields,
  by: string,
  now: number,
): { patch: Partial<Person>; changed: string[] } {
  const patch: Record<string, unknown> = {};
  const changed: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'photoUrl') continue;
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(old ?? null) !== JSON.stringify(value ?? null)) {
      patch[key] = value;
      changed.push(key);
    }
  }
  if (changed.length === 0) return { patch: {}, changed };
  patch.provenance = withManual(before.provenance, changed, by, now);
  return { patch: patch as Partial<Person>, changed };
}

export function withManual(
  prov: ProvenanceMap,
  fields: readonly string[],
  by: string,
  now: number,
): ProvenanceMap {
  const entry: Provenance = { source: 'manual', at: now, by, confidence: 1 };
  const next: ProvenanceMap = { ...prov };
  for (const field of fields) next[field] = [...(prov[field] ?? []), entry].slice(-32);
  return next;
}

/** The company record a typed company name names, when the team has one. */
export async function companyIdFor(db: MeishiDb, name: string | undefined): Promise<string | undefined> {
  if (!name) return undefined;
  const key = companyNameKey(name);
  if (!key.ok) return undefined;
  const hits = await findByKeys(db, [`co:${key.key}`]);
  for (const hit of hits.values()) if (hit.entity === 'company') return hit.id;
  return undefined;
}

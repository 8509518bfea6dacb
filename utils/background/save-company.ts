import { createRecord, getDb, inOneTransaction, updateRecord, type NewRecord } from '@/utils/db';
import { websiteKey } from '@/utils/identity';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import {
  SafeUrlSchema,
  type Candidate,
  type Company,
  type ProvenanceMap,
  type SourceKind,
} from '@/utils/model';
import { getSettings } from '@/utils/settings/settings';
import { currentActor } from './actor';
import { findVisibleCompany } from './find-visible';

/** Save a spotted company, or fold what the page says into the saved one (same domain, page or name). */
export async function saveCompany(data: MessageData<'saveCompany'>): Promise<Replies['saveCompany']> {
  if (data.candidate.kind !== 'company') throw new Error('That is not a company.');
  const db = getDb();
  const [actor, settings] = await Promise.all([currentActor(), getSettings()]);
  const draft = candidateToCompany(data.candidate, actor.memberId, Date.now());
  return inOneTransaction(db, async () => {
    const target = data.mergeInto
      ? await db.companies.get(data.mergeInto)
      : (await findVisibleCompany(db, data.candidate, actor.memberId))?.record;
    if (target && target.deletedAt == null) {
      await updateRecord(db, 'company', target.id, mergeCompany(target, draft, data.tags), actor);
      return { companyId: target.id, created: false };
    }
    const created = await createRecord(
      db,
      'company',
      {
        ...draft,
        tags: data.tags,
        status: data.status ?? 'other',
        visibility: data.visibility ?? settings.defaultVisibility,
      },
      actor,
    );
    return { companyId: created.id, created: true };
  });
}

export function candidateToCompany(c: Candidate, memberId: string, now: number): NewRecord<'company'> {
  const safe = (url: string | undefined) => (url && SafeUrlSchema.safeParse(url).success ? url : undefined);
  const website = safe(c.links.find((l) => l.kind === 'website')?.url);
  const linkedin = safe(c.links.find((l) => l.kind === 'linkedin')?.url);
  const domain = website ? websiteKey(website) : undefined;
  const provenance: ProvenanceMap = {};
  const fieldOf: Record<string, string> = { name: 'name', links: 'website', location: 'location' };
  for (const s of c.sources) {
    const field = fieldOf[s.field];
    if (!field) continue;
    (provenance[field] ??= []).push({
      source: s.source as SourceKind,
      at: now,
      by: memberId,
      confidence: c.confidence,
      ...(c.url ? { url: c.url.slice(0, 2048) } : {}),
    });
  }
  return {
    name: c.name,
    domains: domain?.ok ? [domain.key] : [],
    ...(website ? { website } : {}),
    ...(linkedin ? { linkedin } : {}),
    ...(c.location ? { location: c.location } : {}),
    provenance,
  };
}

/** New facts fill gaps and add domains; what the team already wrote is never overwritten. */
export function mergeCompany(
  existing: Company,
  draft: NewRecord<'company'>,
  tags: string[],
): Partial<Company> {
  const provenance: ProvenanceMap = { ...existing.provenance };
  for (const [field, list] of Object.entries(draft.provenance ?? {})) {
    provenance[field] = [...(provenance[field] ?? []), ...list].slice(-32);
  }
  return {
    domains: [...new Set([...existing.domains, ...(draft.domains ?? [])])].slice(0, 20),
    website: existing.website ?? draft.website,
    linkedin: existing.linkedin ?? draft.linkedin,
    location: existing.location ?? draft.location,
    tags: [...new Set([...existing.tags, ...tags])].slice(0, 100),
    provenance,
  };
}

import { getDb } from '@/utils/db';
import type { MessageData } from '@/utils/messaging/protocol';
import type { Person, ProvenanceMap } from '@/utils/model';
import { getSettings } from '@/utils/settings/settings';
import type { Access, PersonCardView, PersonView, SourceView } from '@/utils/inpage/views';
import { currentActor } from './actor';
import { findVisiblePerson, visiblePersonById } from './find-visible';
import { memberNames } from './members';
import { tiesOfPeople } from './visible-ties';

/** The popover's card for a candidate or a saved person, as this member may see it. */
export async function personCard(data: MessageData<'personCard'>): Promise<PersonCardView> {
  const db = getDb();
  const [actor, settings, names] = await Promise.all([currentActor(), getSettings(), memberNames()]);
  const me = actor.memberId;
  const found = data.personId
    ? await visiblePersonById(db, data.personId, me)
    : data.candidate
      ? await findVisiblePerson(db, data.candidate, me, actor.region)
      : undefined;
  const defaults = { visibility: settings.defaultVisibility, status: 'contact' as const };
  if (!found) return { team: [], defaults };
  const ties = await tiesOfPeople(db, new Map([[found.record.id, found.access]]), {
    me,
    names,
    now: Date.now(),
    halfLifeDays: settings.strengthHalfLifeDays,
  });
  const mine = ties.get(found.record.id)?.mine;
  return {
    person: personView(found.record, found.access),
    matchedBy: found.matchedBy,
    ...(mine ? { mine } : {}),
    team: ties.get(found.record.id)?.team ?? [],
    defaults,
  };
}

/** A glimpse (signal) keeps who they are and where they work, nothing else. */
export function personView(p: Person, access: Access): PersonView {
  const base: PersonView = {
    id: p.id,
    access,
    displayName: p.displayName,
    ...(p.givenName ? { givenName: p.givenName } : {}),
    ...(p.familyName ? { familyName: p.familyName } : {}),
    nameOrder: p.nameOrder,
    ...(p.companyName ? { companyName: p.companyName } : {}),
    emails: [],
    phones: [],
    links: [],
    tags: [],
    status: p.status,
    visibility: p.visibility,
    sources: {},
  };
  if (access === 'signal') return base;
  return {
    ...base,
    ...(p.title ? { title: p.title } : {}),
    ...(p.location ? { location: p.location } : {}),
    emails: p.emails.map((e) => e.value),
    phones: p.phones.map((ph) => ph.raw),
    links: p.links,
    tags: p.tags,
    sources: sourcesOf(p.provenance),
  };
}

export function sourcesOf(provenance: ProvenanceMap): Record<string, SourceView[]> {
  const out: Record<string, SourceView[]> = {};
  for (const [field, list] of Object.entries(provenance)) {
    out[field] = list.slice(-5).map((p) => ({ source: p.source, at: p.at, ...hostOf(p.url) }));
  }
  return out;
}

function hostOf(url: string | undefined): { host?: string } {
  if (!url) return {};
  try {
    return { host: new URL(url).hostname.replace(/^www\./, '') };
  } catch {
    return {};
  }
}

import { getDb } from '@/utils/db';
import type { MessageData } from '@/utils/messaging/protocol';
import type { Company } from '@/utils/model';
import { getSettings } from '@/utils/settings/settings';
import type { Access, CompanyCardView, CompanyView, WarmPerson } from '@/utils/inpage/views';
import { currentActor } from './actor';
import { peopleAtCompany } from './company-people';
import { findVisibleCompany } from './find-visible';
import { memberNames } from './members';
import { tiesOfPeople } from './visible-ties';

/** The company's warm map: everyone the team knows there, each with who knows them and how well. */
export async function companyCard(data: MessageData<'companyCard'>): Promise<CompanyCardView> {
  const db = getDb();
  const [actor, settings, names] = await Promise.all([currentActor(), getSettings(), memberNames()]);
  const me = actor.memberId;
  const found = await findVisibleCompany(db, data.candidate, me);
  const company = found ? companyView(found.record, found.access) : undefined;
  const staff = await peopleAtCompany(
    db,
    { name: company?.name ?? data.candidate.name, ...(company ? { id: company.id } : {}) },
    me,
  );
  const ties = await tiesOfPeople(db, new Map(staff.map((s) => [s.person.id, s.access])), {
    me,
    names,
    now: Date.now(),
    halfLifeDays: settings.strengthHalfLifeDays,
  });
  const people: WarmPerson[] = [];
  for (const { person, access } of staff) {
    const t = ties.get(person.id);
    if (!t || (t.team.length === 0 && !t.mine)) continue;
    people.push({
      personId: person.id,
      access,
      displayName: person.displayName,
      nameOrder: person.nameOrder,
      ...(access === 'full' && person.title ? { title: person.title } : {}),
      knownBy: t.team,
      mine: !!t.mine,
    });
  }
  people.sort((a, b) => bestScore(b) - bestScore(a) || a.displayName.localeCompare(b.displayName));
  return {
    ...(company ? { company } : {}),
    count: people.length,
    people,
    defaults: { visibility: settings.defaultVisibility, status: 'other' },
  };
}

function bestScore(p: WarmPerson): number {
  const first = p.knownBy[0];
  return first?.kind === 'full' ? first.score : first ? 0.5 : p.mine ? 0.1 : 0;
}

export function companyView(c: Company, access: Access): CompanyView {
  const base: CompanyView = {
    id: c.id,
    access,
    name: c.name,
    domains: [],
    tags: [],
    status: c.status,
    visibility: c.visibility,
  };
  if (access === 'signal') return base;
  return {
    ...base,
    domains: c.domains,
    ...(c.website ? { website: c.website } : {}),
    ...(c.linkedin ? { linkedin: c.linkedin } : {}),
    tags: c.tags,
  };
}

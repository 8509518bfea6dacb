import type { MeishiDb } from '@/utils/db';
import type { Company, Interaction, Relationship } from '@/utils/model';
import type { PathReason } from '@/utils/relationship/best-path';
import { warmMap } from '@/utils/relationship/best-path';
import type { StrengthBand } from '@/utils/relationship/strength';
import { peopleAtCompany } from './company-people';
import type { IntroducersContext } from './intro-introducers';
import { levelOf } from './visible-ties';
import { rowsWhereAnyOf } from '@/utils/db/rows-where';

export interface WarmPathView {
  memberId: string;
  name: string;
  score: number;
  band: StrengthBand;
  reasons: PathReason[];
}

export interface WarmEntryView {
  personId: string;
  displayName: string;
  title?: string;
  /** The strongest path to them, then everyone else who knows them, best first. */
  best: WarmPathView;
  others: WarmPathView[];
}

/**
 * A company's warm map as this member may see it: everyone the team knows there, each with the
 * strongest path to them. Only ties the member may see whole are scored (a glimpse has no evidence).
 */
export async function warmMapFor(
  db: MeishiDb,
  company: Pick<Company, 'id' | 'name'>,
  ctx: IntroducersContext,
): Promise<WarmEntryView[]> {
  const { me, names, now } = ctx;
  const staff = (await peopleAtCompany(db, company, me, 500)).filter((s) => s.access === 'full');
  const ids = staff.map((s) => s.person.id);
  if (ids.length === 0) return [];
  const [rels, its, introRequests] = await Promise.all([
    rowsWhereAnyOf(db.relationships, 'personId', ids),
    rowsWhereAnyOf(db.interactions, 'personIds', ids),
    db.introRequests.toArray(),
  ]);
  const relationships: Relationship[] = rels.filter(
    (r) => r.deletedAt == null && levelOf({ createdBy: r.memberId, visibility: r.visibility }, me) === 'full',
  );
  const visible = new Set(ids);
  const interactions = new Map<string, Interaction>();
  for (const it of its) {
    if (it.deletedAt != null) continue;
    if (it.memberId === me || (it.visibility === 'team' && it.personIds.every((p) => visible.has(p))))
      interactions.set(it.id, it);
  }
  const entries = warmMap(
    company,
    {
      people: staff.map((s) => s.person),
      relationships,
      interactions: [...interactions.values()],
      introRequests,
    },
    { clock: () => now, halfLifeDays: ctx.halfLifeDays, limit: 100 },
  );
  const view = (p: (typeof entries)[number]['best']): WarmPathView => ({
    memberId: p.introducerId,
    name: p.introducerId === me ? '' : (names.get(p.introducerId) ?? p.introducerId),
    score: p.score,
    band: p.strength.band,
    reasons: p.reasons,
  });
  return entries.map((e) => ({
    personId: e.person.id,
    displayName: e.person.displayName,
    ...(e.person.title ? { title: e.person.title } : {}),
    best: view(e.best),
    others: e.paths.slice(1).map(view),
  }));
}

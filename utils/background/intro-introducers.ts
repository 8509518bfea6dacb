import { getDb, type MeishiDb } from '@/utils/db';
import type { IntroducersReply, IntroducerView } from '@/utils/messaging/intro';
import type { MessageData } from '@/utils/messaging/protocol';
import type { Interaction, Person, Relationship } from '@/utils/model';
import { rankIntroducers } from '@/utils/relationship/best-path';
import { getSettings } from '@/utils/settings/settings';
import type { Access } from '@/utils/inpage/views';
import { currentActor } from './actor';
import { peopleAtCompany } from './company-people';
import { visiblePersonById } from './find-visible';
import { memberNames } from './members';
import { levelOf, type Level } from './visible-ties';
import { rowsWhereAnyOf } from '@/utils/db/rows-where';

const RANK: Record<Level, number> = { hidden: 0, signal: 1, full: 2 };
const lower = (a: Level, b: Level): Level => (RANK[a] <= RANK[b] ? a : b);

/** What the ranking may read: only what this member may see whole, so no score leaks a hidden tie. */
export interface VisibleTeamData {
  people: Person[];
  relationships: Relationship[];
  interactions: Interaction[];
  /** Members who know the target only as a glimpse: they can be asked, but nothing says how well. */
  signalKnowers: string[];
}

export async function visibleTeamData(
  db: MeishiDb,
  target: Person,
  targetAccess: Access,
  me: string,
): Promise<VisibleTeamData> {
  const staff =
    target.companyName || target.companyId
      ? await peopleAtCompany(
          db,
          { name: target.companyName ?? '', ...(target.companyId ? { id: target.companyId } : {}) },
          me,
        )
      : [];
  const access = new Map<string, Access>([[target.id, targetAccess]]);
  // A colleague seen only as a glimpse cannot be a path: the path would name them and their tie.
  for (const s of staff)
    if (s.access === 'full' && s.person.id !== target.id) access.set(s.person.id, 'full');
  const ids = [...access.keys()];
  const [rels, its] = await Promise.all([
    rowsWhereAnyOf(db.relationships, 'personId', ids),
    rowsWhereAnyOf(db.interactions, 'personIds', ids),
  ]);
  const relationships: Relationship[] = [];
  const signal = new Set<string>();
  for (const r of rels) {
    const personLevel = access.get(r.personId);
    if (r.deletedAt != null || !personLevel) continue;
    const level = lower(levelOf({ createdBy: r.memberId, visibility: r.visibility }, me), personLevel);
    if (level === 'full') relationships.push(r);
    else if (level === 'signal' && r.personId === target.id) signal.add(r.memberId);
  }
  const seen = new Map<string, Interaction>();
  for (const it of its) {
    if (it.deletedAt != null || seen.has(it.id)) continue;
    const visible =
      it.memberId === me ||
      (it.visibility === 'team' && it.personIds.every((pid) => access.get(pid) !== 'signal'));
    if (visible) seen.set(it.id, it);
  }
  const people = [target, ...staff.filter((s) => access.has(s.person.id)).map((s) => s.person)];
  const unique = new Map(people.map((p) => [p.id, p]));
  return {
    people: [...unique.values()],
    relationships,
    interactions: [...seen.values()],
    signalKnowers: [...signal],
  };
}

/** Who could introduce me to a saved person, best path first, then teammates who know them by name. */
export async function introducers(data: MessageData<'introducers'>): Promise<IntroducersReply> {
  const [actor, settings, names] = await Promise.all([currentActor(), getSettings(), memberNames()]);
  return introducersFor(getDb(), data.personId, {
    me: actor.memberId,
    names,
    halfLifeDays: settings.strengthHalfLifeDays,
    now: Date.now(),
  });
}

export interface IntroducersContext {
  me: string;
  names: ReadonlyMap<string, string>;
  halfLifeDays: number;
  now: number;
}

/** The same answer from store reads only, so a page can keep it live (Dexie liveQuery). */
export async function introducersFor(
  db: MeishiDb,
  personId: string,
  ctx: IntroducersContext,
): Promise<IntroducersReply> {
  const { me, names, now } = ctx;
  const found = await visiblePersonById(db, personId, me);
  if (!found) throw new Error('That person is not saved.');
  const target = found.record;
  const team = await visibleTeamData(db, target, found.access, me);
  const introRequests = await db.introRequests.toArray();
  const paths = rankIntroducers(
    target.id,
    { ...team, introRequests },
    { exclude: [me], clock: () => now, halfLifeDays: ctx.halfLifeDays, limit: 20 },
  );
  const nameOf = (id: string) => names.get(id) ?? id;
  const people = new Map(team.people.map((p) => [p.id, p]));
  const list: IntroducerView[] = paths.map((p) => ({
    kind: 'path',
    memberId: p.introducerId,
    name: nameOf(p.introducerId),
    degree: p.degree,
    ...(p.degree === 2 ? { viaName: people.get(p.viaPersonId)?.displayName ?? '' } : {}),
    score: p.score,
    band: p.strength.band,
    happyToIntroduce: p.happyToIntroduce,
    reasons: p.reasons,
  }));
  const listed = new Set(list.map((l) => l.memberId));
  const known = team.relationships
    .filter((r) => r.personId === target.id && r.memberId !== me && !listed.has(r.memberId))
    .sort((a, b) => nameOf(a.memberId).localeCompare(nameOf(b.memberId)));
  for (const r of known) {
    listed.add(r.memberId);
    list.push({
      kind: 'known',
      memberId: r.memberId,
      name: nameOf(r.memberId),
      ...(r.how ? { how: r.how } : {}),
    });
  }
  for (const m of team.signalKnowers.sort()) {
    if (m !== me && !listed.has(m)) list.push({ kind: 'signal', memberId: m, name: nameOf(m) });
  }
  const open = introRequests
    .filter(
      (r) =>
        r.deletedAt == null &&
        r.requesterId === me &&
        r.targetPersonId === target.id &&
        (r.status === 'asked' || r.status === 'accepted'),
    )
    .map((r) => ({
      introRequestId: r.id,
      introducerId: r.introducerId,
      status: r.status as 'asked' | 'accepted',
    }));
  return {
    me: { memberId: me, name: names.get(me) ?? '' },
    target: {
      personId: target.id,
      displayName: target.displayName,
      ...(target.givenName ? { givenName: target.givenName } : {}),
      ...(target.familyName ? { familyName: target.familyName } : {}),
      nameOrder: target.nameOrder,
      ...(target.companyName ? { companyName: target.companyName } : {}),
    },
    introducers: list,
    open,
  };
}

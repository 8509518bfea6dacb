import { getDb, livePeople } from '@/utils/db';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import type { Candidate } from '@/utils/model';
import type { Access } from '@/utils/inpage/views';
import { peopleAtCompany } from './company-people';
import { candidateHits, findVisibleCompany, pickVisible } from './find-visible';
import { lookupCache } from './lookup-cache';
import { lookupContext } from './lookup-context';
import { compareLines, tieRowsOf, tiesFrom, tiesOfPeople, type TieContext } from './visible-ties';

type Result = Replies['lookup']['results'][number];

/**
 * One batched answer for all candidates of a page: new, saved, or known by teammates (strongest
 * first, as this member may see them). A company is "known" when the team knows people there.
 */
export async function lookup(data: MessageData<'lookup'>): Promise<Replies['lookup']> {
  const now = Date.now();
  const cached = data.candidates.map((c) => lookupCache.get(c, now));
  const missing = data.candidates.filter((_, i) => cached[i] === undefined);
  if (missing.length === 0) return { results: cached as Result[] };
  const readAt = lookupCache.generation();
  const fresh = await lookupFresh(missing);
  missing.forEach((c, i) => lookupCache.set(c, fresh[i]!, now, readAt));
  let next = 0;
  return { results: cached.map((r) => r ?? fresh[next++]!) };
}

async function lookupFresh(candidates: readonly Candidate[]): Promise<Result[]> {
  const db = getDb();
  const { actor, settings, names } = await lookupContext();
  const ctx: TieContext = {
    me: actor.memberId,
    names,
    now: Date.now(),
    halfLifeDays: settings.strengthHalfLifeDays,
  };
  const hits = await candidateHits(db, candidates, actor.region);
  // The people named and their ties are read side by side: ties of a person who turns out hidden
  // are read for nothing, and never shown.
  const ids = hits.hits.map((h) => h.id);
  const [named, rows] = await Promise.all([livePeople(db, ids), tieRowsOf(db, ids)]);
  const found = pickVisible(hits, named, ctx.me);
  const people = new Map<string, Access>();
  for (const f of found) if (f) people.set(f.record.id, f.access);
  const ties = tiesFrom(rows, people, ctx);
  const results: Result[] = [];
  for (const [i, candidate] of candidates.entries()) {
    if (candidate.kind === 'company') {
      results.push(await lookupCompany(candidate, ctx));
      continue;
    }
    const f = found[i];
    if (!f) {
      results.push({ state: 'new', knownBy: [], mine: false });
      continue;
    }
    const t = ties.get(f.record.id) ?? { team: [] };
    const knownBy = t.team.map(({ memberId, name, initials }) => ({ memberId, name, initials }));
    results.push({
      state: knownBy.length > 0 ? 'known' : 'saved',
      personId: f.record.id,
      knownBy,
      mine: !!t.mine,
    });
  }
  return results;
}

async function lookupCompany(candidate: Candidate, ctx: TieContext): Promise<Result> {
  const db = getDb();
  const company = await findVisibleCompany(db, candidate, ctx.me);
  const staff = await peopleAtCompany(
    db,
    { name: company?.record.name ?? candidate.name, ...(company ? { id: company.record.id } : {}) },
    ctx.me,
  );
  const ties = await tiesOfPeople(db, new Map(staff.map((s) => [s.person.id, s.access])), ctx);
  // Each teammate once, at their strongest tie with anyone there.
  const best = new Map<string, Parameters<typeof compareLines>[0]>();
  let mine = false;
  for (const t of ties.values()) {
    mine ||= !!t.mine;
    for (const line of t.team) {
      const current = best.get(line.memberId);
      if (!current || compareLines(line, current) < 0) best.set(line.memberId, line);
    }
  }
  const knownBy = [...best.values()]
    .sort(compareLines)
    .map(({ memberId, name, initials }) => ({ memberId, name, initials }));
  const state = knownBy.length > 0 ? 'known' : company ? 'saved' : 'new';
  return { state, ...(company ? { companyId: company.record.id } : {}), knownBy, mine };
}

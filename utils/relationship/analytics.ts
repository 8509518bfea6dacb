import type {
  Id,
  Interaction,
  InteractionKind,
  IntroRequest,
  MemberId,
  Person,
  Relationship,
} from '../model';
import { introOutcome, median } from './responsiveness';
import { KIND_WEIGHTS, bandOf, computeStrength, type StrengthOptions } from './strength';
import { companyKeysOf, tiesOf } from './team-index';
import { isoWeekOf, weeksBetween } from './weeks';

/** The span a chart covers; instants outside it are left out. */
export interface ChartRange {
  from: number;
  to: number;
  /** IANA zone that decides which week an instant falls in; the runtime's when omitted. */
  timeZone?: string;
}

const live = <T extends { deletedAt: number | null }>(r: T): boolean => r.deletedAt == null;
const inRange = (at: number, r: ChartRange): boolean => at >= r.from && at <= r.to;

export interface WeeklySeries {
  /** '2026-W40' keys, every week of the range in order. */
  weeks: string[];
  series: { memberId: MemberId; values: number[]; total: number }[];
}

/**
 * Contact points each member logged per ISO week, with the undecayed weights (meeting 3, event 2,
 * call 1, email and message 0.5): the effort put in that week, not what is left of it today. An
 * interaction with several people counts once.
 */
export function contactPointsByWeek(interactions: readonly Interaction[], range: ChartRange): WeeklySeries {
  const weeks = weeksBetween(range.from, range.to, range.timeZone).map((w) => w.key);
  const index = new Map(weeks.map((w, i) => [w, i]));
  const byMember = new Map<MemberId, number[]>();
  for (const it of interactions) {
    if (!live(it) || !inRange(it.at, range)) continue;
    const i = index.get(isoWeekOf(it.at, range.timeZone).key);
    if (i === undefined) continue;
    const values = byMember.get(it.memberId) ?? weeks.map(() => 0);
    values[i] = (values[i] ?? 0) + KIND_WEIGHTS[it.kind];
    byMember.set(it.memberId, values);
  }
  const series = [...byMember]
    .map(([memberId, values]) => ({ memberId, values, total: values.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || (a.memberId < b.memberId ? -1 : 1));
  return { weeks, series };
}

/** People added per ISO week (by when the record was created). */
export function newPeopleByWeek(
  people: readonly Person[],
  range: ChartRange,
): { weeks: string[]; counts: number[] } {
  const weeks = weeksBetween(range.from, range.to, range.timeZone).map((w) => w.key);
  const index = new Map(weeks.map((w, i) => [w, i]));
  const counts = weeks.map(() => 0);
  for (const p of people) {
    if (!live(p) || !inRange(p.createdAt, range)) continue;
    const i = index.get(isoWeekOf(p.createdAt, range.timeZone).key);
    if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
  }
  return { weeks, counts };
}

export function interactionsByKind(
  interactions: readonly Interaction[],
  range: ChartRange,
): Record<InteractionKind, number> {
  const out: Record<InteractionKind, number> = {
    meeting: 0,
    event: 0,
    call: 0,
    email: 0,
    message: 0,
    note: 0,
  };
  for (const it of interactions) if (live(it) && inRange(it.at, range)) out[it.kind] += 1;
  return out;
}

export interface IntroFunnel {
  asked: number;
  accepted: number;
  declined: number;
  done: number;
  withdrawn: number;
  ignored: number;
  pending: number;
  /** Median time from asking to the introducer's first answer; null when nobody has answered. */
  medianAnswerMs: number | null;
}

/** Intro requests asked in the range and what became of them ("accepted" includes those later done). */
export function introFunnel(requests: readonly IntroRequest[], range: ChartRange, now: number): IntroFunnel {
  const f: IntroFunnel = {
    asked: 0,
    accepted: 0,
    declined: 0,
    done: 0,
    withdrawn: 0,
    ignored: 0,
    pending: 0,
    medianAnswerMs: null,
  };
  const times: number[] = [];
  for (const req of requests) {
    if (!live(req)) continue;
    const o = introOutcome(req, now);
    if (!inRange(o.askedAt, range)) continue;
    f.asked += 1;
    f[o.outcome] += 1;
    if (o.done) f.done += 1;
    if (o.answeredAt !== undefined) times.push(Math.max(0, o.answeredAt - o.askedAt));
  }
  f.medianAnswerMs = median(times);
  return f;
}

export interface CompanyStrength {
  /** 'id:<companyId>' or 'name:<companyNameKey>'. */
  key: string;
  companyId?: Id;
  /** The name most people there carry. */
  name: string;
  /** People there someone on the team knows (strength above zero). */
  known: number;
  strong: number;
  medium: number;
  /** Sum of each known person's best strength / 100: how many people, how well. */
  score: number;
  best: { personId: Id; memberId: MemberId; score: number };
}

export interface StrongestCompaniesInput {
  people: readonly Person[];
  relationships: readonly Relationship[];
  interactions: readonly Interaction[];
}

/** Companies where the team is strongest, best first, for the dashboard. */
export function strongestCompanies(
  data: StrongestCompaniesInput,
  options: StrengthOptions & { limit?: number } = {},
): CompanyStrength[] {
  const now = (options.clock ?? Date.now)();
  const opts: StrengthOptions = { ...options, clock: () => now };
  const atCompany = data.people.filter((p) => live(p) && companyKeysOf(p).length > 0);
  const ties = tiesOf(new Set(atCompany.map((p) => p.id)), data.relationships, data.interactions);
  // A card with only "ACME Corp." belongs with the people linked to the ACME record.
  const idOfName = new Map<string, string>();
  for (const p of atCompany) {
    const [idKey, nameKey] = companyKeysOf(p);
    if (p.companyId && idKey && nameKey && !idOfName.has(nameKey)) idOfName.set(nameKey, idKey);
  }
  const groups = new Map<string, { company: CompanyStrength; names: Map<string, number> }>();
  for (const p of atCompany) {
    let best: CompanyStrength['best'] | null = null;
    for (const tie of ties.get(p.id)?.values() ?? []) {
      const s = computeStrength(tie.relationship ?? tie, tie.interactions, opts);
      if (
        s.score > 0 &&
        (!best || s.score > best.score || (s.score === best.score && tie.memberId < best.memberId))
      ) {
        best = { personId: p.id, memberId: tie.memberId, score: s.score };
      }
    }
    if (!best) continue;
    const first = companyKeysOf(p)[0] ?? '';
    const key = idOfName.get(first) ?? first;
    let g = groups.get(key);
    if (!g) {
      g = {
        company: {
          key,
          name: '',
          known: 0,
          strong: 0,
          medium: 0,
          score: 0,
          best,
        },
        names: new Map(),
      };
      groups.set(key, g);
    }
    const c = g.company;
    c.known += 1;
    const band = bandOf(best.score);
    if (band === 'strong') c.strong += 1;
    else if (band === 'medium') c.medium += 1;
    c.score += best.score / 100;
    if (best.score > c.best.score || (best.score === c.best.score && best.personId < c.best.personId))
      c.best = best;
    if (p.companyName) g.names.set(p.companyName, (g.names.get(p.companyName) ?? 0) + 1);
  }
  const out = [...groups.values()].map(({ company, names }) => {
    const companyId = company.key.startsWith('id:') ? company.key.slice(3) : undefined;
    const name = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? company.key;
    const score = Math.round(company.score * 1000) / 1000;
    return { ...company, name, score, ...(companyId ? { companyId } : {}) };
  });
  out.sort((a, b) => b.score - a.score || b.strong - a.strong || (a.key < b.key ? -1 : 1));
  return options.limit === undefined ? out : out.slice(0, options.limit);
}

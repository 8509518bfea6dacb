import type { Company, Id, Interaction, IntroRequest, MemberId, Person, Relationship } from '../model';
import { NO_HISTORY, responsivenessByIntroducer, type Responsiveness } from './responsiveness';
import { computeStrength, type StrengthOptions, type StrengthResult, type StrengthReason } from './strength';
import { companyKeysOf, sharesCompany, tiesOf, type Tie } from './team-index';

export interface TeamData {
  people: readonly Person[];
  relationships: readonly Relationship[];
  interactions: readonly Interaction[];
  introRequests: readonly IntroRequest[];
}

export interface PathOptions extends StrengthOptions {
  /** Members who cannot be the introducer, usually the one asking. */
  exclude?: readonly MemberId[];
  /** Keep only the best n entries. */
  limit?: number;
}

/** A second-degree path goes through one more person, who must also agree: it counts half. */
export const SECOND_DEGREE_FACTOR = 0.5;

export type PathReason =
  | {
      kind: 'knows-target';
      personId: Id;
      score: number;
      band: StrengthResult['band'];
      strength: StrengthReason[];
    }
  | {
      kind: 'knows-colleague';
      personId: Id;
      personName: string;
      score: number;
      band: StrengthResult['band'];
      strength: StrengthReason[];
    }
  | {
      kind: 'responsiveness';
      counted: number;
      accepted: number;
      declined: number;
      ignored: number;
      medianAnswerMs: number | null;
    }
  | { kind: 'no-intro-history' }
  | { kind: 'happy-to-introduce' };

export interface IntroPath {
  introducerId: MemberId;
  degree: 1 | 2;
  /** Whom the introducer knows: the target, or a colleague of the target's. */
  viaPersonId: Id;
  strength: StrengthResult;
  responsiveness: Responsiveness;
  happyToIntroduce: boolean;
  /** 0–100: strength scaled by responsiveness and willingness, halved for a second degree. */
  score: number;
  reasons: PathReason[];
}

/**
 * Strength counts most; an introducer who answers quickly and says yes keeps up to 90% of it, one who
 * ignores requests about 60%; saying "happy to introduce" adds the last 10%.
 */
export function pathScore(strength: number, rate: number, happy: boolean, degree: 1 | 2): number {
  const factor = 0.6 + 0.3 * rate + (happy ? 0.1 : 0);
  const raw = strength * factor * (degree === 2 ? SECOND_DEGREE_FACTOR : 1);
  return Math.round(raw * 10) / 10;
}

export function comparePaths(a: IntroPath, b: IntroPath): number {
  return (
    b.score - a.score ||
    a.degree - b.degree ||
    b.strength.points - a.strength.points ||
    (a.introducerId < b.introducerId ? -1 : a.introducerId > b.introducerId ? 1 : 0) ||
    (a.viaPersonId < b.viaPersonId ? -1 : a.viaPersonId > b.viaPersonId ? 1 : 0)
  );
}

function buildPath(
  tie: Tie,
  degree: 1 | 2,
  via: Person | undefined,
  responsiveness: Map<MemberId, Responsiveness>,
  opts: StrengthOptions,
): IntroPath | null {
  const rel = tie.relationship ?? { memberId: tie.memberId, personId: tie.personId };
  const strength = computeStrength(rel, tie.interactions, opts);
  // A row with no contact and no judgement (a card saved from a page) is not a path to anyone.
  if (strength.score <= 0) return null;
  const resp = responsiveness.get(tie.memberId) ?? NO_HISTORY(tie.memberId);
  const happy = tie.relationship?.happyToIntroduce === true;
  const reasons: PathReason[] = [
    via
      ? {
          kind: 'knows-colleague',
          personId: via.id,
          personName: via.displayName,
          score: strength.score,
          band: strength.band,
          strength: strength.reasons,
        }
      : {
          kind: 'knows-target',
          personId: tie.personId,
          score: strength.score,
          band: strength.band,
          strength: strength.reasons,
        },
  ];
  if (happy) reasons.push({ kind: 'happy-to-introduce' });
  if (resp.counted > 0) {
    const { counted, accepted, declined, ignored, medianAnswerMs } = resp;
    reasons.push({ kind: 'responsiveness', counted, accepted, declined, ignored, medianAnswerMs });
  } else reasons.push({ kind: 'no-intro-history' });
  return {
    introducerId: tie.memberId,
    degree,
    viaPersonId: tie.personId,
    strength,
    responsiveness: resp,
    happyToIntroduce: happy,
    score: pathScore(strength.score, resp.rate, happy, degree),
    reasons,
  };
}

const live = <T extends { deletedAt: number | null }>(r: T): boolean => r.deletedAt == null;

/**
 * Who on the team can introduce us to `targetId`, best first. Each member appears once, with their
 * best path: knowing the target (first degree) or knowing someone at the target's company (second).
 */
export function rankIntroducers(targetId: Id, data: TeamData, options: PathOptions = {}): IntroPath[] {
  const now = (options.clock ?? Date.now)();
  const opts: StrengthOptions = { ...options, clock: () => now };
  const target = data.people.find((p) => p.id === targetId && live(p));
  const keys = target ? companyKeysOf(target) : [];
  const colleagues = new Map<Id, Person>();
  if (keys.length > 0) {
    for (const p of data.people)
      if (p.id !== targetId && live(p) && sharesCompany(keys, p)) colleagues.set(p.id, p);
  }
  const ties = tiesOf(new Set([targetId, ...colleagues.keys()]), data.relationships, data.interactions);
  const responsiveness = responsivenessByIntroducer(data.introRequests, now);
  const exclude = new Set(options.exclude ?? []);
  const best = new Map<MemberId, IntroPath>();
  const offer = (path: IntroPath | null): void => {
    if (!path || exclude.has(path.introducerId)) return;
    const current = best.get(path.introducerId);
    if (!current || comparePaths(path, current) < 0) best.set(path.introducerId, path);
  };
  for (const tie of ties.get(targetId)?.values() ?? [])
    offer(buildPath(tie, 1, undefined, responsiveness, opts));
  for (const [pid, person] of colleagues) {
    for (const tie of ties.get(pid)?.values() ?? []) offer(buildPath(tie, 2, person, responsiveness, opts));
  }
  const ranked = [...best.values()].sort(comparePaths);
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}

export interface WarmEntry {
  person: Person;
  best: IntroPath;
  /** Every member who knows them, best first. */
  paths: IntroPath[];
}

/** Everyone the team knows at a company, each with the strongest path to them, warmest first. */
export function warmMap(
  company: Pick<Company, 'id'> & Partial<Pick<Company, 'name'>>,
  data: TeamData,
  options: PathOptions = {},
): WarmEntry[] {
  const now = (options.clock ?? Date.now)();
  const opts: StrengthOptions = { ...options, clock: () => now };
  const keys = companyKeysOf({
    companyId: company.id,
    ...(company.name ? { companyName: company.name } : {}),
  });
  const staff = new Map<Id, Person>();
  for (const p of data.people) if (live(p) && sharesCompany(keys, p)) staff.set(p.id, p);
  const ties = tiesOf(new Set(staff.keys()), data.relationships, data.interactions);
  const responsiveness = responsivenessByIntroducer(data.introRequests, now);
  const exclude = new Set(options.exclude ?? []);
  const entries: WarmEntry[] = [];
  for (const [pid, person] of staff) {
    const paths: IntroPath[] = [];
    for (const tie of ties.get(pid)?.values() ?? []) {
      const path = exclude.has(tie.memberId) ? null : buildPath(tie, 1, undefined, responsiveness, opts);
      if (path) paths.push(path);
    }
    paths.sort(comparePaths);
    const first = paths[0];
    if (first) entries.push({ person, best: first, paths });
  }
  // Best paths lead to different people, so comparePaths alone orders the entries completely.
  entries.sort((a, b) => comparePaths(a.best, b.best));
  return options.limit === undefined ? entries : entries.slice(0, options.limit);
}

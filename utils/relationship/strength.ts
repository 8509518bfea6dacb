import type { Interaction, InteractionKind, Relationship, StrengthOverride } from '../model';

/**
 * Contact points per kind. An in-person meeting costs both sides an hour and a trip, a call a
 * scheduled slot, an email or message a minute; an event is a meeting diluted by a crowd. A note
 * is the member writing to themselves, so it shows in the reasons but adds nothing.
 */
export const KIND_WEIGHTS: Readonly<Record<InteractionKind, number>> = {
  meeting: 3,
  call: 1,
  email: 0.5,
  message: 0.5,
  event: 2,
  note: 0,
};

/** Knowing when and where you met is itself a recorded contact; how it happened isn't, so it counts like a call. */
export const MET_WEIGHT = 1;

/** Exchanges that went both ways say more than a one-way stream (newsletters, unanswered pitches). */
export const TWO_WAY_BONUS = 0.25;

/**
 * Points → 0–100 with `100 * (1 - exp(-points / K))`. A saturating curve because the tenth meeting
 * says less than the first, it never exceeds 100, and it is strictly increasing so more contact can
 * never lower a score. K = 8: one meeting this week (3 points) scores 31 (medium), two recent meetings
 * and five emails (8.5) score 65 (strong), a monthly meeting for a year (about 21 decayed points) 93.
 */
export const SATURATION_POINTS = 8;

export const BAND_THRESHOLDS = { strong: 60, medium: 25 } as const;

/** What a human override means, as a score inside its band so sorting stays consistent. */
export const OVERRIDE_SCORES: Readonly<Record<StrengthOverride, number>> = {
  close: 90,
  'know-well': 50,
  'met-once': 15,
};

export const DEFAULT_HALF_LIFE_DAYS = 180;
const DAY_MS = 86_400_000;

export type StrengthBand = 'strong' | 'medium' | 'weak';
export type Clock = () => number;

export interface StrengthOptions {
  /** Injectable "now" (epoch ms); defaults to Date.now. */
  clock?: Clock;
  /** Settings.strengthHalfLifeDays. */
  halfLifeDays?: number;
}

export type StrengthReason =
  | { kind: 'override'; override: StrengthOverride; computedScore: number }
  | { kind: 'contact'; interaction: InteractionKind; count: number; last: number; points: number }
  | { kind: 'met'; at: number; where?: string; points: number }
  | { kind: 'two-way'; bonusPoints: number }
  | { kind: 'no-contact' };

export interface StrengthResult {
  score: number;
  band: StrengthBand;
  /** Decayed contact points before the override, for tie-breaking and charts. */
  points: number;
  /** Never empty: a score always comes with why. */
  reasons: StrengthReason[];
}

export function bandOf(score: number): StrengthBand {
  if (score >= BAND_THRESHOLDS.strong) return 'strong';
  if (score >= BAND_THRESHOLDS.medium) return 'medium';
  return 'weak';
}

export function pointsToScore(points: number): number {
  if (!(points > 0)) return 0;
  return Math.round(1000 * (1 - Math.exp(-points / SATURATION_POINTS))) / 10;
}

/** Weight left after `ageMs` with the given half-life; future dates count as today. */
export function decay(ageMs: number, halfLifeDays: number): number {
  const age = Math.max(0, ageMs);
  return Math.pow(2, -age / (halfLifeDays * DAY_MS));
}

const KIND_ORDER: readonly InteractionKind[] = ['meeting', 'event', 'call', 'email', 'message', 'note'];

/**
 * Strength of one member's relationship with one person. `interactions` may hold anything: only the
 * live ones by this relationship's member that include its person are counted, so callers can pass
 * a whole table slice. Without a relationship row, pass `{ memberId, personId }`.
 */
export function computeStrength(
  relationship: Pick<Relationship, 'memberId' | 'personId'> &
    Partial<Pick<Relationship, 'override' | 'metAt' | 'where' | 'deletedAt'>>,
  interactions: readonly Interaction[],
  options: StrengthOptions = {},
): StrengthResult {
  const now = (options.clock ?? Date.now)();
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const byKind = new Map<InteractionKind, { count: number; last: number; points: number }>();
  let inbound = false;
  let outbound = false;
  let both = false;
  let base = 0;

  const mine = interactions.filter(
    (it) =>
      it.deletedAt == null &&
      it.memberId === relationship.memberId &&
      it.personIds.includes(relationship.personId),
  );
  // Summing in one fixed order makes the result exactly the same whatever order the caller passes.
  mine.sort((a, b) => a.at - b.at || KIND_WEIGHTS[a.kind] - KIND_WEIGHTS[b.kind]);
  for (const it of mine) {
    const pts = KIND_WEIGHTS[it.kind] * decay(now - it.at, halfLife);
    base += pts;
    const agg = byKind.get(it.kind) ?? { count: 0, last: it.at, points: 0 };
    agg.count += 1;
    agg.last = Math.max(agg.last, it.at);
    agg.points += pts;
    byKind.set(it.kind, agg);
    if (it.kind === 'note') continue;
    if (it.direction === 'both') both = true;
    else if (it.direction === 'inbound') inbound = true;
    else if (it.direction === 'outbound') outbound = true;
  }

  const reasons: StrengthReason[] = [];
  for (const kind of KIND_ORDER) {
    const agg = byKind.get(kind);
    if (agg) reasons.push({ kind: 'contact', interaction: kind, ...agg });
  }
  const live = relationship.deletedAt == null;
  if (live && relationship.metAt !== undefined) {
    const pts = MET_WEIGHT * decay(now - relationship.metAt, halfLife);
    base += pts;
    const where = relationship.where;
    reasons.push({ kind: 'met', at: relationship.metAt, ...(where ? { where } : {}), points: pts });
  }
  let points = base;
  if (both || (inbound && outbound)) {
    const bonusPoints = base * TWO_WAY_BONUS;
    points += bonusPoints;
    reasons.push({ kind: 'two-way', bonusPoints });
  }
  if (reasons.length === 0) reasons.push({ kind: 'no-contact' });

  const computedScore = pointsToScore(points);
  const override = live ? relationship.override : undefined;
  if (override) {
    const score = OVERRIDE_SCORES[override];
    return {
      score,
      band: bandOf(score),
      points,
      reasons: [{ kind: 'override', override, computedScore }, ...reasons],
    };
  }
  return { score: computedScore, band: bandOf(computedScore), points, reasons };
}

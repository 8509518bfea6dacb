import type { IntroRequest, MemberId } from '../model';

const DAY_MS = 86_400_000;

/** An intro request still "asked" after this long counts as ignored. */
export const IGNORED_AFTER_DAYS = 14;
/** Answered within this long counts as quick. */
export const QUICK_ANSWER_DAYS = 3;
/** Old habits say less about today: a request's weight halves every year. */
export const RESPONSIVENESS_HALF_LIFE_DAYS = 365;

export type IntroOutcomeKind = 'accepted' | 'declined' | 'ignored' | 'pending' | 'withdrawn';

export interface IntroOutcome {
  requestId: string;
  introducerId: MemberId;
  askedAt: number;
  /** When the introducer first answered (accepted, declined or went straight to done). */
  answeredAt?: number;
  outcome: IntroOutcomeKind;
  done: boolean;
}

const ANSWERS = new Set<IntroRequest['status']>(['accepted', 'declined', 'done']);

/** Reads a request's history into what the introducer did with it. */
export function introOutcome(req: IntroRequest, now: number): IntroOutcome {
  const history = [...req.history].sort((a, b) => a.at - b.at);
  const askedAt = history.find((h) => h.status === 'asked')?.at ?? req.createdAt;
  const answer = history.find((h) => ANSWERS.has(h.status));
  const withdrawn = history.find((h) => h.status === 'withdrawn');
  const done = req.status === 'done' || history.some((h) => h.status === 'done');
  const base = { requestId: req.id, introducerId: req.introducerId, askedAt, done };
  if (answer && (!withdrawn || answer.at <= withdrawn.at)) {
    return {
      ...base,
      answeredAt: answer.at,
      outcome: answer.status === 'declined' ? 'declined' : 'accepted',
    };
  }
  // A status without its history entry (written by an older client) still tells the outcome, if not when.
  if (!answer && ANSWERS.has(req.status)) {
    return { ...base, outcome: req.status === 'declined' ? 'declined' : 'accepted' };
  }
  if (withdrawn || req.status === 'withdrawn') return { ...base, outcome: 'withdrawn' };
  return { ...base, outcome: now - askedAt > IGNORED_AFTER_DAYS * DAY_MS ? 'ignored' : 'pending' };
}

export interface Responsiveness {
  introducerId: MemberId;
  /** Requests with an outcome that says something (pending and withdrawn ones don't). */
  counted: number;
  accepted: number;
  declined: number;
  ignored: number;
  pending: number;
  quick: number;
  medianAnswerMs: number | null;
  /** 0–1, 0.5 with no history: a recency-weighted mean pulled towards 0.5 by one imaginary request. */
  rate: number;
}

/** What one answered request says: a quick yes is best, any answer beats silence. */
function requestValue(o: IntroOutcome): number {
  if (o.outcome === 'ignored') return 0;
  if (o.outcome === 'declined') return 0.4;
  const ms = o.answeredAt === undefined ? Infinity : o.answeredAt - o.askedAt;
  if (ms <= QUICK_ANSWER_DAYS * DAY_MS) return 1;
  if (ms <= IGNORED_AFTER_DAYS * DAY_MS) return 0.8;
  return 0.6;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** How each introducer has answered intro requests, from live requests only. */
export function responsivenessByIntroducer(
  requests: readonly IntroRequest[],
  now: number,
): Map<MemberId, Responsiveness> {
  const groups = new Map<MemberId, IntroOutcome[]>();
  for (const req of requests) {
    if (req.deletedAt != null) continue;
    const list = groups.get(req.introducerId) ?? [];
    list.push(introOutcome(req, now));
    groups.set(req.introducerId, list);
  }
  const out = new Map<MemberId, Responsiveness>();
  for (const [introducerId, outcomes] of groups)
    out.set(introducerId, summarize(introducerId, outcomes, now));
  return out;
}

export function summarize(
  introducerId: MemberId,
  outcomes: readonly IntroOutcome[],
  now: number,
): Responsiveness {
  let weighted = 0;
  let weights = 0;
  const r: Responsiveness = {
    introducerId,
    counted: 0,
    accepted: 0,
    declined: 0,
    ignored: 0,
    pending: 0,
    quick: 0,
    medianAnswerMs: null,
    rate: 0.5,
  };
  const answerTimes: number[] = [];
  for (const o of outcomes) {
    if (o.outcome === 'pending') r.pending += 1;
    if (o.outcome === 'pending' || o.outcome === 'withdrawn') continue;
    r.counted += 1;
    if (o.outcome === 'accepted') r.accepted += 1;
    if (o.outcome === 'declined') r.declined += 1;
    if (o.outcome === 'ignored') r.ignored += 1;
    if (o.answeredAt !== undefined) {
      const ms = Math.max(0, o.answeredAt - o.askedAt);
      answerTimes.push(ms);
      if (ms <= QUICK_ANSWER_DAYS * DAY_MS) r.quick += 1;
    }
    const w = Math.pow(2, -Math.max(0, now - o.askedAt) / (RESPONSIVENESS_HALF_LIFE_DAYS * DAY_MS));
    weighted += w * requestValue(o);
    weights += w;
  }
  r.medianAnswerMs = median(answerTimes);
  r.rate = (weighted + 0.5) / (weights + 1);
  return r;
}

export const NO_HISTORY = (introducerId: MemberId): Responsiveness => summarize(introducerId, [], 0);

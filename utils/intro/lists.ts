import type { IntroRequest, IntroStatus } from '../model';
import { isFinal } from './transitions';

/**
 * How the intro lists are cut: requests waiting for me, the ones I asked for, and (for admins) the
 * rest of the team's. Pure, over whatever rows the local store holds.
 */

export interface IntroLists {
  /** I am the introducer: newest waiting first, then the rest. */
  forMe: IntroRequest[];
  /** I am the requester. */
  mine: IntroRequest[];
  /** Neither: only an admin's replica holds these. */
  others: IntroRequest[];
}

const OPEN_FIRST: Record<IntroStatus, number> = { asked: 0, accepted: 1, done: 2, declined: 2, withdrawn: 2 };

/** Open requests first (waiting, then accepted), newest first within each. */
export function compareIntros(a: IntroRequest, b: IntroRequest): number {
  return OPEN_FIRST[a.status] - OPEN_FIRST[b.status] || b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
}

export function splitIntros(rows: readonly IntroRequest[], me: string): IntroLists {
  const out: IntroLists = { forMe: [], mine: [], others: [] };
  for (const r of rows) {
    if (r.deletedAt != null) continue;
    if (r.introducerId === me) out.forMe.push(r);
    else if (r.requesterId === me) out.mine.push(r);
    else out.others.push(r);
  }
  out.forMe.sort(compareIntros);
  out.mine.sort(compareIntros);
  out.others.sort(compareIntros);
  return out;
}

/** The toolbar badge number: requests that wait for my answer. */
export function waitingForMe(rows: readonly IntroRequest[], me: string): number {
  return rows.filter((r) => r.deletedAt == null && r.introducerId === me && r.status === 'asked').length;
}

export function isOpen(r: Pick<IntroRequest, 'status'>): boolean {
  return !isFinal(r.status);
}

export interface TimelineStep {
  status: IntroStatus;
  at: number;
  by: string;
}

/**
 * The status timeline both sides see, oldest first. A request whose history lost a step (written by an
 * older client, or two answers merged) still ends with its current status.
 */
export function timelineOf(r: IntroRequest): TimelineStep[] {
  const steps = [...r.history].sort((a, b) => a.at - b.at);
  if (steps.length === 0 || steps[0]?.status !== 'asked') {
    steps.unshift({ status: 'asked', at: r.createdAt, by: r.requesterId });
  }
  if (steps.at(-1)?.status !== r.status) steps.push({ status: r.status, at: r.updatedAt, by: r.updatedBy });
  return steps;
}

/** What changed for me between two versions of my requests: drives the notifications. */
export interface IntroNews {
  /** New requests waiting for my answer. */
  asked: IntroRequest[];
  /** My requests the introducer answered since. */
  answered: IntroRequest[];
}

/**
 * News since the last look, from a map of request id → the status already told. The caller seeds the
 * map without telling anything the first time (after joining, old requests are not news).
 */
export function introNews(
  rows: readonly IntroRequest[],
  me: string,
  told: ReadonlyMap<string, IntroStatus>,
): IntroNews {
  const news: IntroNews = { asked: [], answered: [] };
  for (const r of rows) {
    if (r.deletedAt != null) continue;
    const before = told.get(r.id);
    if (before === r.status) continue;
    if (r.introducerId === me && r.status === 'asked' && before === undefined) news.asked.push(r);
    if (r.requesterId === me && (r.status === 'accepted' || r.status === 'declined')) news.answered.push(r);
  }
  return news;
}

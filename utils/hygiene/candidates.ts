import type { MeishiDb } from '@/utils/db';
import { findDuplicates, type Cluster, type ReviewPair } from '@/utils/dedup';
import type { CountryCode } from '@/utils/identity';
import type { Person } from '@/utils/model';

export interface Candidates {
  /** Groups of exact duplicates, safe to merge without asking. */
  autoMerge: Cluster[];
  /** Pairs a person should look at, surest first. */
  review: ReviewPair[];
  people: Map<string, Person>;
  /** Milliseconds spent finding them. */
  ms: number;
}

/** True when someone said these two are different people. */
export function judgedDifferent(a: Person | undefined, b: Person | undefined): boolean {
  if (!a || !b) return false;
  return (a.notDuplicateOf ?? []).includes(b.id) || (b.notDuplicateOf ?? []).includes(a.id);
}

/**
 * 名寄せ over everyone in this browser: exact groups and review pairs from utils/dedup, using the
 * identity keys the store already keeps, less every pair someone marked "not the same person".
 */
export async function findCandidates(db: MeishiDb, region: string): Promise<Candidates> {
  const [all, keyRows] = await Promise.all([db.people.toArray(), db.keys.toArray()]);
  const started = performance.now();
  const live = all.filter((p) => p.deletedAt == null);
  const people = new Map(live.map((p) => [p.id, p]));
  const keys = new Map<string, string[]>();
  for (const row of keyRows) if (row.entity === 'person') keys.set(row.id, row.keys);
  const result = findDuplicates(live, {
    region: region as CountryCode,
    storedKeys: (p) => keys.get(p.id) ?? [],
  });
  const review = result.review.filter((pair) => !judgedDifferent(people.get(pair.a), people.get(pair.b)));
  const autoMerge = result.autoMerge.filter((cluster) => {
    const members = cluster.personIds.map((id) => people.get(id));
    return !members.some((x, i) => members.slice(i + 1).some((y) => judgedDifferent(x, y)));
  });
  return { autoMerge, review, people, ms: performance.now() - started };
}

import type { CountryCode } from '../identity';
import type { Person } from '../model';
import { nameReason, evaluatePair, type ReviewPair } from './evaluate';
import { addBlockPairs } from './blocking';
import { defaultHardKeys, makeFeatures, type Features } from './features';
import { classifyKeys, clusterEdges } from './hard-keys';
import { compareNames } from './name-compare';
import { PairBuffer } from './pairs';
import { keyReason, reasonKey, type ClusterSchema, type DedupReason } from './reasons';
import type { z } from 'zod';

export type { ReviewPair } from './evaluate';

export interface DedupOptions {
  /** Region for phone numbers written without a country code (Settings.phoneRegion). */
  region?: CountryCode;
  /**
   * A person's stored identity keys (the `keys` table row), to skip computing them again: hard keys
   * ('email:', 'phone:', 'li:') and the soft 'pn:<name>|<company>' key, whose company part is used.
   */
  storedKeys?: (p: Person) => readonly string[];
  /** Blocks with more people than this say too little to compare everyone in them. */
  maxBlock?: number;
  /** The same, for blocks of people who share only a whole name. */
  maxNameBlock?: number;
}

export type Cluster = z.infer<typeof ClusterSchema>;

export interface DedupResult {
  autoMerge: Cluster[];
  review: ReviewPair[];
  stats: { people: number; comparedPairs: number; skippedBlocks: number };
}

/** Employers by domain: an address at yamada-shoji.co.jp on a record without a company says 山田商事
 * when that is where the colleagues with such addresses work. */
function inferCompanies(feats: readonly Features[]): void {
  const votes = new Map<string, Map<string, number>>();
  for (const f of feats) {
    if (f.recordedCompanies === 0 || f.domains.length === 0) continue;
    for (const d of f.domains) {
      let tally = votes.get(d);
      if (!tally) votes.set(d, (tally = new Map()));
      for (let c = 0; c < f.recordedCompanies; c += 1) {
        const company = f.companies[c] ?? '';
        tally.set(company, (tally.get(company) ?? 0) + 1);
      }
    }
  }
  const winners = new Map<string, string[]>();
  for (const [d, tally] of votes) {
    let top = 0;
    for (const count of tally.values()) top = Math.max(top, count);
    winners.set(
      d,
      [...tally].filter(([, count]) => count === top).map(([c]) => c),
    );
  }
  for (const f of feats) {
    if (f.recordedCompanies > 0) {
      // Whoever has only this domain now carries this company too: the domain's own key is no
      // longer needed to meet them, and would only double the blocks.
      const recorded = f.companies.slice(0, f.recordedCompanies);
      if (f.domains.every((d) => (winners.get(d) ?? []).some((c) => recorded.includes(c))))
        f.companies = recorded;
      continue;
    }
    for (const d of f.domains) {
      for (const c of winners.get(d) ?? []) if (!f.companies.includes(c)) f.companies.push(c);
    }
  }
}

/**
 * 名寄せ: finds records that are the same person. A shared personal email or LinkedIn profile, or a
 * phone with agreeing names → auto-merge clusters; everything weaker → a review queue, each pair
 * with its reasons. Only people sharing a blocking key are compared, never all pairs.
 */
export function findDuplicates(people: readonly Person[], options: DedupOptions = {}): DedupResult {
  const region = options.region ?? 'JP';
  const keysOf = options.storedKeys ?? ((p: Person) => defaultHardKeys(p, region));
  const feats = people.filter((p) => p.deletedAt == null).map(makeFeatures(keysOf));
  const n = feats.length;

  const { status, edges, evidence } = classifyKeys(feats);
  const { uf, members, accepted, rejected } = clusterEdges(feats, edges);
  const pairs = new PairBuffer(n);
  for (const [a, b] of evidence) pairs.add(a, b);
  for (const e of rejected) pairs.add(e.a, e.b);

  inferCompanies(feats);
  const skippedBlocks = addBlockPairs(feats, pairs, {
    maxBlock: options.maxBlock ?? 100,
    maxNameBlock: options.maxNameBlock ?? 30,
  });

  const review: ReviewPair[] = [];
  let compared = 0;
  for (const code of pairs.unique()) {
    const i = Math.floor(code / n);
    const j = code - i * n;
    const ri = uf.find(i);
    // Already one person: nothing to review.
    if (ri === uf.find(j) && accepted.has(ri)) continue;
    compared += 1;
    const pair = evaluatePair(feats[i]!, feats[j]!, status);
    if (pair) review.push(pair);
  }
  review.sort(
    (x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0),
  );

  const reasonsByRoot = new Map<number, Map<string, DedupReason>>();
  for (const e of edges) {
    const root = uf.find(e.a);
    if (!accepted.has(root)) continue;
    const reasons = reasonsByRoot.get(root) ?? new Map<string, DedupReason>();
    const fa = feats[e.a]!;
    const fb = feats[e.b]!;
    for (const r of [keyReason(e.key, 'identity'), nameReason(fa, fb, compareNames(fa.name, fb.name))]) {
      reasons.set(reasonKey(r), r);
    }
    reasonsByRoot.set(root, reasons);
  }
  const autoMerge: Cluster[] = [...reasonsByRoot].map(([root, reasons]) => ({
    personIds: (members.get(root) ?? []).map((i) => feats[i]!.person.id).sort(),
    reasons: [...reasons.values()],
  }));
  autoMerge.sort((x, y) => ((x.personIds[0] ?? '') < (y.personIds[0] ?? '') ? -1 : 1));
  return { autoMerge, review, stats: { people: n, comparedPairs: compared, skippedBlocks } };
}

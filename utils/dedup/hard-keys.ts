import type { Features } from './features';
import { compareNames, type NameVerdict } from './name-compare';
import type { KeyStatus } from './reasons';
import { isRoleAddress } from './roles';
import { UnionFind } from './union-find';

/** A key on more records than this is a switchboard or an inbox, whoever carries it. */
export const MAX_KEY_GROUP = 20;
/** A cluster bigger than this is a chain of mistakes, not one person: it goes to review. */
export const MAX_CLUSTER = 50;
/** Holders of a shared key up to this many are all compared; more are blocked by name. */
const SMALL_GROUP = 4;

/** True when someone said these two are different people (Person.notDuplicateOf, kept on both). */
export function judgedDifferent(a: Features, b: Features): boolean {
  return (
    (a.person.notDuplicateOf?.includes(b.person.id) ?? false) ||
    (b.person.notDuplicateOf?.includes(a.person.id) ?? false)
  );
}

/** The names' verdict, or 'different' when a person already said so. */
function verdictOf(a: Features, b: Features): NameVerdict {
  return judgedDifferent(a, b) ? 'different' : compareNames(a.name, b.name, false).verdict;
}

export interface Edge {
  a: number;
  b: number;
  key: string;
}

export interface HardKeyResult {
  status: Map<string, KeyStatus>;
  /** Links that merge on their own. */
  edges: Edge[];
  /** Pairs a shared but untrusted key puts up for review. */
  evidence: [number, number][];
}

/**
 * What each shared key turns out to be. A role mailbox never identifies anyone. A key whose holders
 * include clearly different names is shared (a switchboard, a team inbox). Names that only roughly
 * agree (John and Jane Carter on one address) make it weak evidence for review. A phone merges only
 * people whose names positively agree, since phones are shared far more often than inboxes
 * (reception, a family line).
 */
export function classifyKeys(feats: readonly Features[]): HardKeyResult {
  // Most keys belong to one record: remember the first holder, and make a list only for a second.
  const first = new Map<string, number>();
  const holders = new Map<string, number[]>();
  for (const f of feats) {
    for (const k of f.keys) {
      const one = first.get(k);
      if (one === undefined) first.set(k, f.index);
      else if (one !== f.index) {
        const list = holders.get(k);
        if (list) list.push(f.index);
        else holders.set(k, [one, f.index]);
      }
    }
  }
  const status = new Map<string, KeyStatus>();
  const edges: Edge[] = [];
  const evidence: [number, number][] = [];
  for (const [key, members] of holders) {
    if (members.length < 2) continue;
    let st: KeyStatus;
    if (key.startsWith('email:') && isRoleAddress(key.slice(6))) st = 'role';
    else if (members.length > MAX_KEY_GROUP) st = 'shared';
    else {
      let different = false;
      let doubtful = false;
      let allSame = true;
      for (let x = 0; x < members.length && !different; x += 1) {
        for (let y = x + 1; y < members.length && !different; y += 1) {
          const v = verdictOf(feats[members[x] ?? 0]!, feats[members[y] ?? 0]!);
          if (v === 'different') different = true;
          if (v === 'weak') doubtful = true;
          if (v !== 'same') allSame = false;
        }
      }
      if (different) st = 'shared';
      else if (doubtful || (key.startsWith('phone:') && !allSame)) st = 'weak';
      else st = 'identity';
    }
    status.set(key, st);
    const [first = 0, ...rest] = members;
    if (st === 'identity') for (const j of rest) edges.push({ a: first, b: j, key });
    else if (st === 'weak' || members.length <= SMALL_GROUP) {
      for (let x = 0; x < members.length; x += 1) {
        for (let y = x + 1; y < members.length; y += 1) evidence.push([members[x] ?? 0, members[y] ?? 0]);
      }
    } else {
      // A switchboard or inbox of a whole office: pair only holders whose names start alike, as a
      // company does in blocking (its holders with other names are never reviewed anyway).
      for (const i of members) feats[i]?.contexts.push(key);
    }
  }
  return { status, edges, evidence };
}

/**
 * Clusters from identity links, each checked as a whole: a chain A=B (email), B=C (LinkedIn) must
 * not join two names that don't agree (John and Jane). A failing cluster goes to review link by link.
 */
export function clusterEdges(
  feats: readonly Features[],
  edges: readonly Edge[],
): { uf: UnionFind; members: Map<number, number[]>; accepted: Set<number>; rejected: Edge[] } {
  const uf = new UnionFind(feats.length);
  for (const e of edges) uf.union(e.a, e.b);
  const members = new Map<number, number[]>();
  const seen = new Set<number>();
  for (const e of edges) {
    for (const i of [e.a, e.b]) {
      if (seen.has(i)) continue;
      seen.add(i);
      const root = uf.find(i);
      const list = members.get(root);
      if (list) list.push(i);
      else members.set(root, [i]);
    }
  }
  const accepted = new Set<number>();
  for (const [root, list] of members) {
    let ok = list.length <= MAX_CLUSTER;
    for (let x = 0; ok && x < list.length; x += 1) {
      for (let y = x + 1; ok && y < list.length; y += 1) {
        const v = verdictOf(feats[list[x] ?? 0]!, feats[list[y] ?? 0]!);
        ok = v !== 'different' && v !== 'weak';
      }
    }
    if (ok) accepted.add(root);
  }
  const rejected = edges.filter((e) => !accepted.has(uf.find(e.a)));
  return { uf, members, accepted, rejected };
}

import { boundedLevenshtein, damerauAtMostOne, jaroWinkler } from './jaro-winkler';
import type { NameForm, NameProfile } from './name-profile';
import { areNicknames } from './nicknames';
import type { NameMatchKindSchema, NameVerdictSchema } from './reasons';
import type { z } from 'zod';

export type NameMatchKind = z.infer<typeof NameMatchKindSchema>;
export type NameVerdict = z.infer<typeof NameVerdictSchema>;

export interface NameMatch {
  verdict: NameVerdict;
  /** 0–1; 0 when unknown. */
  similarity: number;
  kinds: NameMatchKind[];
}

export const NAME_THRESHOLDS = { same: 0.95, similar: 0.85, weak: 0.75 } as const;
const PARTIAL_FACTOR = 0.88;
const TYPO_SIM = 0.9;
const NICKNAME_SIM = 0.96;
const INITIAL_SIM = 0.9;

function verdictOf(sim: number): NameVerdict {
  if (sim >= NAME_THRESHOLDS.same) return 'same';
  if (sim >= NAME_THRESHOLDS.similar) return 'similar';
  if (sim >= NAME_THRESHOLDS.weak) return 'weak';
  return 'different';
}

function tokenScore(a: string, b: string): number {
  if (a === b) return 1;
  if (areNicknames(a, b)) return NICKNAME_SIM;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return INITIAL_SIM;
  if (a.length === 1 || b.length === 1) return 0;
  const jw = jaroWinkler(a, b);
  // One letter dropped, doubled, swapped or mistyped: JW alone undervalues it in short names (Pul, Saou).
  if (jw < TYPO_SIM && Math.min(a.length, b.length) >= 3 && damerauAtMostOne(a, b)) return TYPO_SIM;
  return jw;
}

function tokenKind(a: string, b: string, sim: number): NameMatchKind | null {
  if (sim === 1) return null;
  if (sim === NICKNAME_SIM && areNicknames(a, b)) return 'nickname';
  if (sim === INITIAL_SIM && (a.length === 1 || b.length === 1)) return 'initial';
  return sim >= NAME_THRESHOLDS.similar ? 'typo' : null;
}

/** Every one-to-one map of m words into l words, made once per shape. */
const ASSIGNMENTS = new Map<number, Int8Array[]>();
function assignments(m: number, l: number): Int8Array[] {
  const key = m * 16 + l;
  let list = ASSIGNMENTS.get(key);
  if (!list) {
    list = [];
    const pick = new Int8Array(m);
    const used = new Array<boolean>(l).fill(false);
    const walk = (i: number): void => {
      if (i === m) {
        list?.push(Int8Array.from(pick));
        return;
      }
      for (let j = 0; j < l; j += 1) {
        if (used[j]) continue;
        used[j] = true;
        pick[i] = j;
        walk(i + 1);
        used[j] = false;
      }
    };
    walk(0);
    ASSIGNMENTS.set(key, list);
  }
  return list;
}

const scratch = new Float64Array(64);
let bestPick: Int8Array | null = null;
let bestSwapped = false;

function addKind(kinds: NameMatchKind[], k: NameMatchKind | null): void {
  if (k && !kinds.includes(k)) kinds.push(k);
}

/**
 * Best one-to-one matching of the shorter name's words into the longer's, scored by its weakest
 * word. Numbers only (this runs for every candidate pair); formKinds says how, for the winner.
 */
function formSim(a: NameForm, b: NameForm): number {
  const flip = a.tokens.length > b.tokens.length;
  const small = flip ? b.tokens : a.tokens;
  const large = flip ? a.tokens : b.tokens;
  const m = Math.min(small.length, 4);
  const l = Math.min(large.length, 5);
  if (m === 0) return 0;
  for (let i = 0; i < m; i += 1) {
    for (let j = 0; j < l; j += 1) scratch[i * 8 + j] = tokenScore(small[i] ?? '', large[j] ?? '');
  }
  let bestMin = -1;
  let bestSum = -1;
  bestPick = null;
  bestSwapped = false;
  for (const pick of assignments(m, l)) {
    let min = 1;
    let sum = 0;
    let swapped = false;
    for (let i = 0; i < m; i += 1) {
      const v = scratch[i * 8 + (pick[i] ?? 0)] ?? 0;
      if (v < min) min = v;
      sum += v;
      if (i > 0 && (pick[i] ?? 0) < (pick[i - 1] ?? 0)) swapped = true;
    }
    if (
      min > bestMin ||
      (min === bestMin && (sum > bestSum || (sum === bestSum && bestSwapped && !swapped)))
    ) {
      bestPick = pick;
      bestMin = min;
      bestSum = sum;
      bestSwapped = swapped;
    }
  }
  return small.length === 1 ? bestMin * PARTIAL_FACTOR : bestMin;
}

function formKinds(a: NameForm, b: NameForm): NameMatchKind[] {
  formSim(a, b);
  const [small, large] = a.tokens.length <= b.tokens.length ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  const kinds: NameMatchKind[] = [];
  const pick = bestPick;
  for (let i = 0; pick && i < pick.length; i += 1) {
    const j = pick[i] ?? 0;
    addKind(kinds, tokenKind(small[i] ?? '', large[j] ?? '', scratch[i * 8 + j] ?? 0));
  }
  if (bestSwapped && small.length === large.length) addKind(kinds, 'swapped');
  if (small.length === 1) addKind(kinds, 'partial');
  if (a.source === 'reading' || b.source === 'reading') addKind(kinds, 'reading');
  if (a.source === 'handle' || b.source === 'handle') addKind(kinds, 'handle');
  return kinds;
}

const CJK_TYPO_SIM = 0.86;
const VARIANT_SIM = 0.97;

function cjkSim(a: string, b: string, foldedA: string | null, foldedB: string | null): number {
  if (a === b) return 1;
  if (foldedA !== null && foldedA === foldedB) return VARIANT_SIM;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  const d = boundedLevenshtein(a, b, 3);
  // One kanji off in a full name: an IME slip (裕子/祐子) as often as another person (原田/松田).
  if (d === 1 && shorter.length >= 3) return CJK_TYPO_SIM;
  // 山田 and 山田太郎: a family name alone.
  if (shorter.length >= 2 && (longer.startsWith(shorter) || longer.endsWith(shorter))) return PARTIAL_FACTOR;
  return Math.max(0, 1 - d / longer.length);
}

function cjkKind(sim: number): NameMatchKind | null {
  if (sim === VARIANT_SIM) return 'variant';
  if (sim === CJK_TYPO_SIM) return 'typo';
  if (sim === PARTIAL_FACTOR) return 'partial';
  return null;
}

/** Kanji (or kana) against kanji (or kana), both word orders; null when they can't be compared. */
/** Kanji (or kana) against kanji (or kana), both word orders; null when they can't be compared. */
function compareCjk(a: NameProfile, b: NameProfile): { sim: number; swapped: boolean } | null {
  if (!a.cjk || !b.cjk) return null;
  // Kanji and kana spell the same name with different letters: no way to compare them here.
  if (a.cjkScript === 'mixed' || a.cjkScript !== b.cjkScript) return null;
  let sim = cjkSim(a.cjk, b.cjk, a.cjkFolded, b.cjkFolded);
  let swapped = false;
  if (sim < 1 && a.cjkSwapped) {
    const s = cjkSim(a.cjkSwapped, b.cjk, null, null);
    if (s > sim) [sim, swapped] = [s, true];
  }
  if (sim < 1 && b.cjkSwapped) {
    const s = cjkSim(a.cjk, b.cjkSwapped, null, null);
    if (s > sim) [sim, swapped] = [s, true];
  }
  return { sim, swapped };
}

function kindsOf(
  explain: boolean,
  fa: NameForm | null,
  fb: NameForm | null,
  cjk: { sim: number; swapped: boolean } | null,
): NameMatchKind[] {
  if (!explain) return NO_KINDS;
  if (fa && fb) return formKinds(fa, fb);
  const kinds: NameMatchKind[] = [];
  addKind(kinds, cjkKind(cjk?.sim ?? 0));
  if (cjk?.swapped) addKind(kinds, 'swapped');
  return kinds;
}

const NO_KINDS: NameMatchKind[] = [];

/** The best reading of two names: its verdict and the forms (or kanji) it came from. */
interface Reading {
  verdict: NameVerdict;
  similarity: number;
  fa: NameForm | null;
  fb: NameForm | null;
  cjk: { sim: number; swapped: boolean } | null;
  /** Nothing to compare: no kinds either. */
  none: boolean;
}

function bestReading(a: NameProfile, b: NameProfile): Reading {
  const cjk = compareCjk(a, b);
  let primary = cjk ? cjk.sim : -1;
  let primaryA: NameForm | null = null;
  let primaryB: NameForm | null = null;
  let handle = -1;
  let handleA: NameForm | null = null;
  let handleB: NameForm | null = null;
  for (const fa of a.latin) {
    for (const fb of b.latin) {
      const sim = formSim(fa, fb);
      if (fa.source === 'handle' || fb.source === 'handle') {
        if (sim > handle) [handle, handleA, handleB] = [sim, fa, fb];
      } else if (sim > primary) [primary, primaryA, primaryB] = [sim, fa, fb];
    }
  }
  if (primary >= 0) {
    const verdict = verdictOf(primary);
    // A handle can back up a name but never overrule it: taro.y@ is not a spelling of 花子.
    if (handleA && handleB && verdict !== 'different' && handle > primary) {
      const similarity = handle;
      return {
        verdict: verdictOf(Math.min(handle, 0.94)),
        similarity,
        fa: handleA,
        fb: handleB,
        cjk,
        none: false,
      };
    }
    return { verdict, similarity: primary, fa: primaryA, fb: primaryB, cjk, none: false };
  }
  if (handleA && handleB && handle >= NAME_THRESHOLDS.similar) {
    const similarity = Math.min(handle, 0.94);
    return { verdict: 'similar', similarity, fa: handleA, fb: handleB, cjk, none: false };
  }
  return { verdict: 'unknown', similarity: 0, fa: null, fb: null, cjk: null, none: true };
}

const matchOf = (r: Reading, explain: boolean): NameMatch => ({
  verdict: r.verdict,
  similarity: r.similarity,
  kinds: r.none ? [] : kindsOf(explain, r.fa, r.fb, r.cjk),
});

/**
 * Compares two people's names every way both can be read, and keeps the best reading. Pass
 * `explain: false` where only the verdict matters: the kinds cost allocations per candidate pair.
 */
export function compareNames(a: NameProfile, b: NameProfile, explain = true): NameMatch {
  return matchOf(bestReading(a, b), explain);
}

/**
 * The verdict now, and the kinds only if asked for: a pair that goes to review is compared once,
 * not once for the verdict and again for its reasons (tens of thousands of pairs in a big store).
 */
export function compareNamesLazily(
  a: NameProfile,
  b: NameProfile,
): { match: NameMatch; explain: () => NameMatch } {
  const reading = bestReading(a, b);
  let full: NameMatch | undefined;
  return { match: matchOf(reading, false), explain: () => (full ??= matchOf(reading, true)) };
}

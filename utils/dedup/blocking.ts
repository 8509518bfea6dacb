import type { Features } from './features';
import { nicknameGroups } from './nicknames';
import { PairBuffer } from './pairs';

/**
 * Blocking: only people sharing a key are ever compared. Keys are a company (recorded, read from an
 * employer domain, or inferred) with the start of any one name word, so a typo or a nickname in one
 * word is caught by the other; and the whole name alone, for the record that has no company.
 *
 * Keys are hashed, never built as strings, and gathered as numbers hash·2^k + person in typed arrays
 * that are sorted once: a block is a run of equal hashes. A colliding hash only adds pairs that are
 * compared and dropped, never loses one.
 */

const SEED_WORD = 0x811c9dc5;
const SEED_KANJI = 0x9e3779b9;
const SEED_WHOLE = 0x85ebca6b;

function fnv(s: string, start: number, end: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A final avalanche so that sums and pairs of hashes spread evenly. */
function mix(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

class Codes {
  private data = new Float64Array(4096);
  length = 0;

  constructor(
    private readonly scale: number,
    private readonly hashMask: number,
  ) {}

  push(hash: number, index: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = (hash & this.hashMask) * this.scale + index;
    this.length += 1;
  }

  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

const bits: number[] = [];
function addBit(h: number): void {
  if (!bits.includes(h)) bits.push(h);
}

function wordBits(token: string): void {
  if (token.length < 2) return;
  const groups = nicknameGroups(token);
  if (groups.length === 0) addBit(fnv(token, 0, Math.min(3, token.length), SEED_WORD));
  for (const g of groups) addBit(fnv(g, 0, 3, SEED_WORD));
}

export interface BlockOptions {
  maxBlock: number;
  maxNameBlock: number;
}

/** Adds every pair that shares a block; returns how many blocks were too big to use. */
export function addBlockPairs(feats: readonly Features[], pairs: PairBuffer, opts: BlockOptions): number {
  const n = feats.length;
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const hashBits = Math.min(30, 53 - indexBits);
  const scale = 2 ** indexBits;
  const near = new Codes(scale, 2 ** hashBits - 1);
  const whole = new Codes(scale, 2 ** hashBits - 1);
  for (const f of feats) {
    bits.length = 0;
    for (const form of f.name.latin) {
      let sum = 0;
      for (const t of form.tokens) {
        wordBits(t);
        const canonical = nicknameGroups(t)[0] ?? t;
        sum = (sum + mix(fnv(canonical, 0, canonical.length, SEED_WHOLE))) >>> 0;
      }
      // Order-free (a sum), so "Yamada Taro" and "Taro Yamada" meet.
      if (form.source !== 'handle') whole.push(mix(sum), f.index);
    }
    const { cjk, cjkSwapped } = f.name;
    if (cjk) {
      addBit(fnv(cjk, 0, Math.min(2, cjk.length), SEED_KANJI));
      addBit(fnv(cjk, Math.max(0, cjk.length - 2), cjk.length, SEED_KANJI));
      const key = cjkSwapped && cjkSwapped < cjk ? cjkSwapped : cjk;
      whole.push(mix(fnv(key, 0, key.length, SEED_KANJI)), f.index);
    }
    const contexts = f.companies.length + f.contexts.length;
    for (let c = 0; c < contexts && c < 6; c += 1) {
      const context = (c < f.companies.length ? f.companies[c] : f.contexts[c - f.companies.length]) ?? '';
      const seed = fnv(context, 0, context.length, SEED_WORD);
      for (const b of bits) near.push(mix(seed ^ Math.imul(b, 0x27d4eb2d)), f.index);
    }
  }
  let skipped = addRuns(near.sorted(), scale, opts.maxBlock, pairs, null);
  // A whole name alone links only a record with no company to anyone of that name: two companies on
  // the two records would say they are namesakes.
  const open = (i: number): boolean => (feats[i]?.companies.length ?? 0) === 0;
  skipped += addRuns(whole.sorted(), scale, opts.maxNameBlock, pairs, open);
  return skipped;
}

const members: number[] = [];

function addRuns(
  codes: Float64Array,
  scale: number,
  max: number,
  pairs: PairBuffer,
  open: ((i: number) => boolean) | null,
): number {
  let skipped = 0;
  let start = 0;
  while (start < codes.length) {
    const hash = Math.floor((codes[start] ?? 0) / scale);
    let end = start + 1;
    while (end < codes.length && Math.floor((codes[end] ?? 0) / scale) === hash) end += 1;
    if (end - start >= 2) {
      members.length = 0;
      for (let k = start; k < end; k += 1) {
        const index = (codes[k] ?? 0) - hash * scale;
        if (members[members.length - 1] !== index) members.push(index);
      }
      if (members.length > max) skipped += 1;
      else {
        for (let x = 0; x < members.length; x += 1) {
          const a = members[x] ?? 0;
          const openA = !open || open(a);
          for (let y = x + 1; y < members.length; y += 1) {
            const b = members[y] ?? 0;
            if (openA || open?.(b)) pairs.add(a, b);
          }
        }
      }
    }
    start = end;
  }
  return skipped;
}

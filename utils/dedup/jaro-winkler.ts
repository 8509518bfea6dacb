/**
 * Jaro-Winkler similarity, 0 (nothing alike) to 1 (equal). Chosen for names because it forgives
 * transpositions ("Jonh"), rewards a shared start (names are typed from the front) and costs
 * O(|a|·|b|) on strings of a dozen letters. Works on UTF-16 code units: Latin and kana/kanji names
 * are single units per character.
 */
// Reused between calls: names are short, and a fresh buffer per comparison is garbage by the million.
let matchedB = new Uint8Array(64);
let matchesA = new Int32Array(64);

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (lb > matchedB.length || la > matchesA.length) {
    matchedB = new Uint8Array(Math.max(lb, la) * 2);
    matchesA = new Int32Array(Math.max(lb, la) * 2);
  }
  matchedB.fill(0, 0, lb);
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let m = 0;
  for (let i = 0; i < la; i += 1) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j += 1) {
      if (matchedB[j] === 0 && c === b.charCodeAt(j)) {
        matchedB[j] = 1;
        matchesA[m] = i;
        m += 1;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let x = 0; x < m; x += 1) {
    while (matchedB[k] === 0) k += 1;
    if (a.charCodeAt(matchesA[x] ?? 0) !== b.charCodeAt(k)) transpositions += 1;
    k += 1;
  }
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a.charCodeAt(prefix) === b.charCodeAt(prefix))
    prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Edit distance with a cap: returns cap + 1 as soon as the distance must exceed it. */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

export function boundedLevenshtein(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const lb = b.length;
  if (lb + 1 > rowA.length) {
    rowA = new Int32Array((lb + 1) * 2);
    rowB = new Int32Array((lb + 1) * 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= lb; j += 1) prev[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i;
    let rowMin = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j += 1) {
      const cost = c === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[lb] ?? cap + 1, cap + 1);
}

/** True when one insertion, deletion, substitution or swap of neighbours turns a into b. */
export function damerauAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

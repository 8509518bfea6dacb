/**
 * Candidate pairs as numbers i·n + j (i < j), gathered in a growing Float64Array, then sorted and
 * made unique: no Set of hundreds of thousands of boxed numbers for the collector to chase.
 */
export class PairBuffer {
  private codes = new Float64Array(1024);
  private length = 0;

  constructor(private readonly n: number) {}

  add(i: number, j: number): void {
    if (i === j) return;
    if (this.length === this.codes.length) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length] = i < j ? i * this.n + j : j * this.n + i;
    this.length += 1;
  }

  /** Every pair once, in index order, as codes i·n + j (see `split`). */
  unique(): Float64Array {
    const sorted = this.codes.subarray(0, this.length).sort();
    let w = 0;
    for (let r = 0; r < sorted.length; r += 1) {
      const code = sorted[r] ?? 0;
      if (w === 0 || code !== sorted[w - 1]) {
        sorted[w] = code;
        w += 1;
      }
    }
    return sorted.subarray(0, w);
  }
}

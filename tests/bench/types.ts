/** One benchmark figure, printed beside its goal by `npm run bench`. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  goal: string;
  ok: boolean;
}

export type BenchModule = { run: () => Promise<BenchResult[]> };

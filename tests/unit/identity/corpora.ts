import { describe } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The read-only third-party corpora beside the repository (never copied into it). */
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const CORPORA = path.resolve(HERE, '../../../..', 'shared/corpora');

export const corpusPath = (...parts: string[]): string => path.join(CORPORA, ...parts);
export const hasCorpus = (folder: string): boolean => existsSync(corpusPath(folder));
export const readCorpus = (...parts: string[]): string => readFileSync(corpusPath(...parts), 'utf8');

/** Decodes the XML entities the corpora use, numeric ones included. */
export function decodeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Counts passes, prints the rate in one line and says whether it reached the floor. */
export function report(set: string, passed: number, total: number, floor: number): boolean {
  const rate = total === 0 ? 0 : (passed / total) * 100;
  console.log(`identity corpus ${set}: ${passed}/${total} = ${rate.toFixed(1)}% (floor ${floor}%)`);
  return total > 0 && rate >= floor;
}

/** A describe block that runs only when the corpus folder is there, and says so when it is not. */
export function describeCorpus(folder: string, body: () => void): void {
  if (hasCorpus(folder)) {
    describe(`identity corpus ${folder}`, body);
  } else {
    console.log(`identity corpus ${folder}: skipped, ${corpusPath(folder)} is absent`);
    describe.skip(`identity corpus ${folder} (skipped: ../shared/corpora/${folder} is absent)`, body);
  }
}

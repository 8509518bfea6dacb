import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ImportedRow } from '../types';
import { importVcard } from './import';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpora = path.resolve(repoRoot, '..', 'shared/corpora');
const expected = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'tests/fixtures/io/vcard-corpus-expected.json'), 'utf8'),
) as {
  unimportable: Record<string, string>;
  files: Record<string, Record<string, unknown>[]>;
};

/**
 * Floors per set: every file must import except those listed as unimportable in the expectations
 * (cards holding only a photo or Android custom data, which hold no person to import). The
 * floor is the share that leaves, rounded down to 5%, so a regression on any other file fails.
 */
const SETS: Record<string, number> = {
  'vcard-android-aosp': 0.95,
  'vcard-ez-vcard': 1,
  'vcard-node-vcf': 0.85,
  'vcard-sabre-vobject': 0.5,
};

/** Every vCard, jCard and xCard file of a set (licences and notes are not cards). */
function cardFiles(set: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(vcf|json|xml)$/i.test(entry.name)) out.push(path.relative(corpora, full));
    }
  };
  walk(path.join(corpora, set));
  return out.sort();
}

function checkRecord(
  file: string,
  index: number,
  row: ImportedRow | undefined,
  want: Record<string, unknown>,
): void {
  const where = `${file} card ${index + 1}`;
  expect(row, where).toBeDefined();
  if (!row) return;
  for (const [key, value] of Object.entries(want)) {
    const at = `${where} ${key}`;
    if (key === 'emails')
      expect(
        row.emails.map((e) => e.value),
        at,
      ).toEqual(value);
    else if (key === 'emailCount') expect(row.emails.length, at).toBe(value);
    else if (key === 'phoneRaws')
      expect(
        row.phones.map((p) => p.raw),
        at,
      ).toEqual(value);
    else if (key === 'phoneCount') expect(row.phones.length, at).toBe(value);
    else if (key === 'phoneE164s')
      expect(
        row.phones.map((p) => p.e164),
        at,
      ).toEqual(value);
    else if (key === 'phoneLabels')
      expect(
        row.phones.map((p) => p.label),
        at,
      ).toEqual(value);
    else if (key === 'links')
      expect(
        row.links.map((l) => l.url),
        at,
      ).toEqual(value);
    else if (key === 'tags') expect(row.tags, at).toEqual(value);
    else if (key === 'notesInclude')
      for (const s of value as string[]) expect(row.notes ?? '', at).toContain(s);
    else if (key === 'photoUrl') expect(row.photoUrl, at).toBe(value ?? undefined);
    else expect((row as Record<string, unknown>)[key], at).toEqual(value);
  }
}

const available = fs.existsSync(corpora);
if (!available) console.warn(`vCard corpora not found at ${corpora}: corpus tests skipped`);

describe.skipIf(!available)('vCard corpora', () => {
  for (const [set, floor] of Object.entries(SETS)) {
    it(`${set}: imports every card it can, at or above ${floor * 100}%`, () => {
      const files = cardFiles(set);
      expect(files.length).toBeGreaterThan(0);
      let parsed = 0;
      const failures: string[] = [];
      for (const file of files) {
        const result = importVcard(new Uint8Array(fs.readFileSync(path.join(corpora, file))), {
          region: 'US',
          now: 1,
        });
        const ok = result.records.length > 0 && result.errors.length === 0;
        if (ok) parsed += 1;
        else failures.push(`${path.basename(file)}: ${result.errors.map((e) => e.reason).join('; ')}`);

        const reason = expected.unimportable[file];
        if (reason !== undefined) {
          // Files with no person in them must say so clearly, never crash or invent a record.
          expect(result.records, file).toEqual([]);
          expect(result.errors.map((e) => e.reason).join(' '), file).toContain(reason);
          continue;
        }
        expect(ok, `${file}: ${failures.at(-1) ?? ''}`).toBe(true);
        for (const row of result.records) {
          // Photos are links or nothing: no record carries embedded image data.
          expect(JSON.stringify(row).length, `${file} size`).toBeLessThan(4_000);
        }
        const wants = expected.files[file];
        if (wants) {
          expect(result.records.length, `${file} card count`).toBe(wants.length);
          wants.forEach((want, i) => checkRecord(file, i, result.records[i], want));
        }
      }
      const rate = parsed / files.length;
      console.log(
        `vcard corpus ${set}: ${parsed}/${files.length} parsed (${Math.round(rate * 100)}%), floor ${floor * 100}%` +
          (failures.length > 0 ? `\n  not imported: ${failures.join('\n  not imported: ')}` : ''),
      );
      expect(rate).toBeGreaterThanOrEqual(floor);
    });
  }

  it('asserts expected values for a meaningful share of the corpus', () => {
    const total = Object.keys(SETS).flatMap(cardFiles).length;
    const checked = Object.keys(expected.files).length + Object.keys(expected.unimportable).length;
    expect(checked / total).toBeGreaterThan(0.8);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv } from './csv/export';
import { importCsv } from './csv/import';
import { buildPerson } from './shared/build-person';
import type { PersonDraft } from './shared/draft';
import type { ImportedPerson } from './types';
import { exportVcard } from './vcard/export';
import { importVcard } from './vcard/import';

const REGION = 'JP';
const ctx = { source: 'import:csv' as const, now: 1, region: REGION };

/** Characters that break naive writers: CSV and vCard separators, quotes, escapes, newlines, emoji, kana, kanji. */
const TRICKY = [
  ...'abcXYZ019 éñÅ山田太郎佐藤花子株式会社アイウエオーやまだたろう',
  ',',
  '"',
  "'",
  ';',
  ':',
  '\\',
  '\n',
  '\t',
  '=',
  '+',
  '-',
  '@',
  '#',
  '^',
  '😀',
  '👩‍💻',
  '🇯🇵',
  'ｱ',
];
const text = (maxLength = 24) => fc.string({ unit: fc.constantFrom(...TRICKY), minLength: 1, maxLength });
const kana = fc.string({
  unit: fc.constantFrom(...'あいうえおかきくけこやまだたろうアイウエオヤマダ'),
  minLength: 1,
  maxLength: 10,
});
const label = fc.option(
  fc.constantFrom('work', 'home', 'mobile', 'other', 'fax', 'main', 'Assistant', '秘書'),
  { nil: undefined },
);
const phoneRaw = fc.oneof(
  fc.constantFrom(
    '090-1234-5678',
    '03-1234-5678',
    '+81 3 1234 5678',
    '+1 415 555 0100',
    '(06) 6123-4567',
    '12345',
  ),
  fc.stringMatching(/^\+?[0-9][0-9 ()-]{3,18}[0-9]$/),
);
const email = fc.emailAddress().filter((e) => e.length <= 200);
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => u.length < 500);

const draftArb: fc.Arbitrary<PersonDraft> = fc.record(
  {
    line: fc.constant(1),
    fullName: fc.option(text(40), { nil: undefined }),
    givenName: fc.option(text(), { nil: undefined }),
    familyName: fc.option(text(), { nil: undefined }),
    givenNamePhonetic: fc.option(kana, { nil: undefined }),
    familyNamePhonetic: fc.option(kana, { nil: undefined }),
    title: fc.option(text(40), { nil: undefined }),
    companyName: fc.option(text(40), { nil: undefined }),
    emails: fc.array(fc.record({ value: email, label }), { maxLength: 3 }),
    phones: fc.array(fc.record({ raw: phoneRaw, label }), { maxLength: 3 }),
    links: fc.array(
      fc.record({
        url,
        kind: fc.option(fc.constantFrom('linkedin', 'website', 'x', 'github', 'other'), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
    photoUrl: fc.option(url, { nil: undefined }),
    location: fc.option(text(40), { nil: undefined }),
    notes: fc.array(text(80), { maxLength: 2 }),
    tags: fc.array(text(12), { maxLength: 4 }),
  },
  { requiredKeys: ['line', 'emails', 'phones', 'links', 'notes', 'tags'] },
);

/** A record as every importer produces it: cleaned and validated. Round trips start from these. */
const personArb: fc.Arbitrary<ImportedPerson> = draftArb
  .map((d) => buildPerson({ ...d, fullName: d.fullName ?? 'Name' }, ctx))
  .filter((r) => r.ok)
  .map((r) => {
    if (!r.ok) throw new Error('filtered');
    const { line: _line, provenance: _p, ...person } = r.row;
    return { ...person, provenance: {} };
  });

/** The fields a format carries, for comparing a record with its round trip. */
function carried(p: ImportedPerson, options: { nameOrder: boolean }) {
  return {
    displayName: p.displayName,
    givenName: p.givenName,
    familyName: p.familyName,
    givenNamePhonetic: p.givenNamePhonetic,
    familyNamePhonetic: p.familyNamePhonetic,
    ...(options.nameOrder ? { nameOrder: p.nameOrder } : {}),
    title: p.title,
    companyName: p.companyName,
    emails: p.emails,
    phones: p.phones,
    links: p.links,
    location: p.location,
    photoUrl: p.photoUrl,
    notes: p.notes,
    tags: p.tags,
  };
}

describe('round trips: export then import gives the same people', () => {
  it('Meishi CSV carries every person field, name order included', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 5 }), (people) => {
        const back = importCsv(exportCsv(people), { now: 1, region: REGION });
        expect(back.errors).toEqual([]);
        expect(back.format).toBe('meishi');
        expect(back.records.map((r) => carried(r, { nameOrder: true }))).toEqual(
          people.map((p) => carried(p, { nameOrder: true })),
        );
      }),
      { numRuns: 100 },
    );
  });

  for (const version of ['4.0', '3.0'] as const) {
    it(`vCard ${version} carries names, phonetics, emails, phones, links, photo link, location, notes and tags`, () => {
      fc.assert(
        fc.property(fc.array(personArb, { minLength: 1, maxLength: 5 }), (people) => {
          const text = exportVcard(people, version);
          for (const line of text.split('\r\n'))
            expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
          // Bytes, as a file picker gives them, so the byte-wise reader is what is tested.
          const back = importVcard(new TextEncoder().encode(text), { now: 1, region: REGION });
          expect(back.errors).toEqual([]);
          // vCard has no name-order field: it follows the script of the name on both sides.
          expect(back.records.map((r) => carried(r, { nameOrder: false }))).toEqual(
            people.map((p) => carried(p, { nameOrder: false })),
          );
        }),
        { numRuns: 100 },
      );
    });
  }

  it('a Japanese name with commas, quotes, newlines and emoji survives all three', () => {
    const [person] = fc.sample(personArb, { numRuns: 1, seed: 7 });
    const tricky: ImportedPerson = {
      ...(person as ImportedPerson),
      displayName: '山田 "太郎", 😀',
      familyName: '山田',
      givenName: '太郎',
      familyNamePhonetic: 'やまだ',
      givenNamePhonetic: 'たろう',
      nameOrder: 'family-first',
      notes: '一行目\n二行目, "引用"; 👩‍💻',
      tags: ['取引先, 東京', 'VIP'],
    };
    const csv = importCsv(exportCsv([tricky]), { now: 1, region: REGION }).records[0];
    const v4 = importVcard(exportVcard([tricky], '4.0'), { now: 1, region: REGION }).records[0];
    const v3 = importVcard(exportVcard([tricky], '3.0'), { now: 1, region: REGION }).records[0];
    for (const back of [csv, v4, v3]) {
      expect(back).toMatchObject({
        displayName: '山田 "太郎", 😀',
        familyNamePhonetic: 'やまだ',
        givenNamePhonetic: 'たろう',
        notes: '一行目\n二行目, "引用"; 👩‍💻',
        tags: ['取引先, 東京', 'VIP'],
      });
    }
  });
});

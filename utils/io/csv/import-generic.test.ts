import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importContacts } from '../import';
import { detectCsvFormat } from './detect';
import { importCsv, importCsvChunks, previewCsv } from './import';
import { mapCsvRows } from './map';
import { CsvSession } from './session';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/io');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));
const NOW = 1_700_000_000_000;

describe('any other CSV', () => {
  it('maps a Japanese card-app sheet by its headers and reports the row it cannot use', () => {
    const result = importCsv(bytes('generic-ja.csv'), { now: NOW });
    expect(result.format).toBe('csv');
    expect(result.records[0]).toMatchObject({
      displayName: '高橋 健',
      familyNamePhonetic: 'タカハシ',
      givenNamePhonetic: 'ケン',
      companyName: '株式会社メイシ',
      title: 'マネージャー',
      location: '東京都渋谷区渋谷2-1-1',
      metAt: Date.UTC(2025, 3, 1),
    });
    expect(result.records[0]?.how).toBeUndefined();
    expect(result.records[0]?.provenance.displayName?.[0]?.source).toBe('import:csv');
    expect(result.errors).toEqual([{ line: 3, reason: expect.stringContaining('no name') }]);
  });

  it('suggests a mapping for the user to confirm, and uses the mapping given', () => {
    const text = 'Who,Mail,Org,Phone\nTaro,taro@example.com,Acme,03-1234-5678\n';
    const preview = previewCsv(text);
    expect(preview.header).toEqual(['Who', 'Mail', 'Org', 'Phone']);
    expect(preview.mapping).toEqual([null, { field: 'email', slot: 1 }, null, { field: 'phone' }]);
    expect(preview.sample).toEqual([['Taro', 'taro@example.com', 'Acme', '03-1234-5678']]);
    const mapping = [
      { field: 'fullName' as const },
      { field: 'email' as const },
      { field: 'companyName' as const },
      null,
    ];
    const result = importCsv(text, { mapping, now: NOW });
    expect(result.records).toEqual([
      expect.objectContaining({
        displayName: 'Taro',
        companyName: 'Acme',
        emails: [{ value: 'taro@example.com' }],
        phones: [],
      }),
    ]);
  });

  it('reads semicolon- and tab-separated sheets', () => {
    for (const sep of [';', '\t']) {
      const text = [`Name${sep}Email${sep}Company`, `Ken${sep}ken@example.com${sep}Acme, Inc.`].join('\r\n');
      expect(importCsv(text, { now: NOW }).records[0]).toMatchObject({
        displayName: 'Ken',
        companyName: 'Acme, Inc.',
      });
    }
  });

  it('keeps values it cannot use in notes rather than losing them', () => {
    const text = 'Name,Email,Website\nKen,not-an-address,javascript:alert(1)\n';
    const [ken] = importCsv(text, { now: NOW }).records;
    expect(ken?.emails).toEqual([]);
    expect(ken?.links).toEqual([]);
    expect(ken?.notes).toBe('Email (not an address): not-an-address\n\nLink: javascript:alert(1)');
  });

  it('reports a file with no header row', () => {
    const result = importCsv('1,2,3\n4,5,6\n', { now: NOW });
    expect(result.records).toEqual([]);
    expect(result.errors).toEqual([{ line: 0, reason: expect.stringContaining('no header row') }]);
  });

  it('reports an overlong field as the reason, with the line', () => {
    const result = importCsv(`Name,Job Title\nKen,${'x'.repeat(300)}\n`, { now: NOW });
    expect(result.errors).toEqual([{ line: 2, reason: expect.stringContaining('title') }]);
  });

  it('never throws, whatever the bytes or text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.string({ maxLength: 300 }), (bytes, text) => {
        for (const input of [bytes, text, `Name,Email\n${text}`]) {
          const result = importCsv(input);
          expect(Array.isArray(result.records) && Array.isArray(result.errors)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on garbage', () => {
    for (const junk of [
      '',
      '\u0000\u0001',
      '"unterminated',
      ',,,,\n,,,',
      new Uint8Array([0xff, 0xfe, 0x00]),
    ]) {
      expect(() => importCsv(junk)).not.toThrow();
    }
  });
});

describe('detectCsvFormat', () => {
  it('tells the known exports apart', () => {
    expect(
      detectCsvFormat([
        'First Name',
        'Last Name',
        'URL',
        'Email Address',
        'Company',
        'Position',
        'Connected On',
      ]).format,
    ).toBe('linkedin');
    expect(
      detectCsvFormat(['First Name', 'Last Name', 'E-mail 1 - Value', 'Organization Name', 'Labels']).format,
    ).toBe('google');
    expect(
      detectCsvFormat(['Given Name', 'Family Name', 'Group Membership', 'E-mail 1 - Value']).format,
    ).toBe('google');
    expect(
      detectCsvFormat(['First Name', 'Last Name', 'Title', 'Job Title', 'E-mail Address', 'Business Phone'])
        .format,
    ).toBe('outlook');
    expect(detectCsvFormat(['姓', '名', '会社名', '役職', '電子メール アドレス', '会社電話']).format).toBe(
      'outlook',
    );
    expect(detectCsvFormat(['Name', 'Email']).format).toBe('csv');
  });

  it('pairs numbered value and label columns by slot', () => {
    const { mapping } = detectCsvFormat([
      'E-mail 1 - Label',
      'E-mail 1 - Value',
      'Phone 2 - Value',
      'Website 1 - Value',
    ]);
    expect(mapping).toEqual([
      { field: 'emailLabel', slot: 1 },
      { field: 'email', slot: 1 },
      { field: 'phone', slot: 2 },
      { field: 'link', slot: 1 },
    ]);
  });
});

describe('mapCsvRows', () => {
  it('maps plain rows with a mapping, numbering lines after the header', () => {
    const out = mapCsvRows(
      [
        ['Ken', 'ken@example.com'],
        ['', ''],
        ['', 'x'],
      ],
      [{ field: 'fullName' }, { field: 'email' }],
      { now: NOW },
    );
    expect(out.records.map((r) => [r.displayName, r.line])).toEqual([['Ken', 2]]);
    expect(out.errors).toEqual([{ line: 4, reason: expect.stringContaining('no name') }]);
  });
});

describe('importCsvChunks', () => {
  it('gives the same people as the one-shot import, in several chunks', async () => {
    const rows = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 3000; i += 1)
      rows.push(`Name${i},"Family, ${i}",https://www.linkedin.com/in/p${i},,Co ${i},"Line\nTwo",01 Jan 2024`);
    const text = rows.join('\r\n');
    const whole = importCsv(text, { now: NOW });
    const chunks = [];
    for await (const chunk of importCsvChunks(text, { now: NOW, chunkBytes: 16 * 1024 })) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.at(-1)?.progress).toBe(1);
    const records = chunks.flatMap((c) => c.records);
    expect(records).toEqual(whole.records);
    expect(records).toHaveLength(3000);
    expect(records[2999]?.line).toBe(2 + 2999 * 2);
  });
});

describe('importContacts', () => {
  it('picks the importer from the content', () => {
    expect(importContacts(bytes('linkedin-connections.csv')).format).toBe('linkedin');
    expect(importContacts('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ken\r\nEND:VCARD\r\n').format).toBe('vcard');
    expect(importContacts('{"format":"meishi-backup","version":1}').errors[0]?.reason).toContain('backup');
  });
});

describe('CsvSession', () => {
  it('takes a whole large file in one batch', () => {
    const session = new CsvSession({ context: { now: NOW } });
    const rows: string[][] = [['Name', 'Email'], ...Array.from({ length: 200_000 }, () => [''])];
    rows.push(['Last', 'last@example.com']);
    const out = session.push(rows, '\n');
    expect(out.records.map((r) => [r.displayName, r.line])).toEqual([['Last', 200_002]]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PersonSchema } from '@/utils/model';
import { importCsv, importCsvChunks } from './import';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/io');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));
const NOW = 1_700_000_000_000;

describe('LinkedIn Connections.csv', () => {
  const result = importCsv(bytes('linkedin-connections.csv'), { now: NOW, by: 'member-1' });

  it('skips the Notes lines above the header and detects the format', () => {
    expect(result.format).toBe('linkedin');
    expect(result.header).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
  });

  it('maps each row to a person with the connection date as how and when we met', () => {
    expect(result.records.map((r) => r.displayName)).toEqual([
      'Taro Yamada',
      '佐藤 花子',
      'Jane O"Brien',
      'Ali Khan',
    ]);
    const [taro, hanako, jane] = result.records;
    expect(taro).toMatchObject({
      givenName: 'Taro',
      familyName: 'Yamada',
      companyName: 'Example K.K.',
      title: 'Head of Sales, APAC',
      emails: [{ value: 'taro.yamada@example.co.jp' }],
      links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/taro-yamada-1a2b3c' }],
      metAt: Date.UTC(2026, 10, 24),
      how: 'Connected on LinkedIn',
      nameOrder: 'western',
      line: 5,
    });
    expect(taro?.provenance.displayName).toEqual([
      { source: 'import:linkedin', at: NOW, by: 'member-1', confidence: 0.9 },
    ]);
    expect(hanako).toMatchObject({
      nameOrder: 'family-first',
      companyName: '株式会社サンプル',
      metAt: Date.UTC(2025, 0, 3),
    });
    expect(jane).toMatchObject({ familyName: 'O"Brien', companyName: 'Acme, Inc.', title: 'VP "Growth"' });
  });

  it('keeps a multi-line cell in one row, counts its lines, and keeps an unreadable date in notes', () => {
    const ali = result.records[3];
    expect(ali).toMatchObject({
      line: 9,
      title: 'Engineer Platform team',
      notes: 'Connected On: 30 Feb 2024',
    });
    expect(ali?.metAt).toBeUndefined();
  });

  it('lists the row with no name, email or company with its line instead of dropping it', () => {
    expect(result.errors).toEqual([{ line: 8, reason: expect.stringContaining('no name') }]);
  });

  it('gives records that become valid People once the store adds its stamps', () => {
    for (const { line: _line, metAt: _metAt, how: _how, ...person } of result.records) {
      const stamped = {
        ...person,
        id: '0190a6d0-7b1c-7cc3-8d2e-3f4a5b6c7d8e',
        createdAt: NOW,
        createdBy: 'local',
        updatedAt: NOW,
        updatedBy: 'local',
      };
      expect(PersonSchema.safeParse(stamped).success).toBe(true);
    }
  });
});

describe('LinkedIn Connections.csv with a mapping the user edited', () => {
  const detected = importCsv(bytes('linkedin-connections.csv'), { now: NOW, by: 'member-1' });
  // The user skips the Position column in the mapping step; the file is read again with it.
  const mapping = detected.mapping.map((m, i) => (i === 5 ? null : m));

  it('still takes the header below the Notes lines, not the first line', () => {
    const result = importCsv(bytes('linkedin-connections.csv'), { now: NOW, by: 'member-1', mapping });
    expect(result.header).toEqual(detected.header);
    expect(result.mapping).toEqual(mapping);
    expect(result.records.map((r) => [r.line, r.displayName])).toEqual(
      detected.records.map((r) => [r.line, r.displayName]),
    );
    expect(result.records.every((r) => r.title === undefined)).toBe(true);
    expect(result.records[0]).toMatchObject({ companyName: 'Example K.K.', givenName: 'Taro' });
  });

  it('does the same when the file is read in chunks, as the import page does', async () => {
    const chunks = [];
    for await (const chunk of importCsvChunks(bytes('linkedin-connections.csv'), {
      now: NOW,
      by: 'member-1',
      mapping,
      chunkBytes: 64,
    }))
      chunks.push(chunk);
    const header = chunks.map((c) => c.header).find((h) => h !== null);
    expect(header).toEqual(detected.header);
    expect(chunks.flatMap((c) => c.records.map((r) => r.displayName))).toEqual(
      detected.records.map((r) => r.displayName),
    );
  });

  it('falls back to the first filled row of a sheet whose header names nothing known', () => {
    const text = 'Alpha,Beta\nTaro Yamada,taro@example.com\n';
    const result = importCsv(text, {
      now: NOW,
      by: 'member-1',
      mapping: [{ field: 'fullName' }, { field: 'email' }],
    });
    expect(result.header).toEqual(['Alpha', 'Beta']);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ displayName: 'Taro Yamada', line: 2 });
  });
});

describe('Google Contacts CSV', () => {
  it('reads the current layout: phonetic names, " ::: " multi-values, labels and addresses', () => {
    const result = importCsv(bytes('google-contacts.csv'), { now: NOW });
    expect(result.format).toBe('google');
    const [taro, maria] = result.records;
    expect(taro).toMatchObject({
      displayName: '山田 太郎',
      givenNamePhonetic: 'たろう',
      familyNamePhonetic: 'やまだ',
      nameOrder: 'family-first',
      companyName: '株式会社サンプル',
      title: '部長',
      emails: [
        { value: 'taro@example.co.jp', label: 'work' },
        { value: 'taro.home@example.com', label: 'home' },
      ],
      phones: [
        { raw: '090-1234-5678', e164: '+819012345678', label: 'mobile' },
        { raw: '03-1234-5678', e164: '+81312345678', label: 'work' },
        { raw: '03-1234-9999', e164: '+81312349999', label: 'work' },
      ],
      links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/taro-yamada' }],
      location: '千代田区, 東京都, Japan',
      photoUrl: 'https://lh3.googleusercontent.com/contacts/photo1',
      tags: ['取引先'],
    });
    expect(taro?.provenance.emails?.[0]?.source).toBe('import:google');
    expect(maria).toMatchObject({
      displayName: 'Maria José García',
      notes: 'Line one\nLine two',
      tags: ['Partners'],
    });
    expect(maria?.phones).toEqual([{ raw: '+34 612 345 678', e164: '+34612345678' }]);
    expect(result.errors).toEqual([{ line: 5, reason: expect.stringContaining('no name') }]);
  });

  it('reads the older UTF-16 layout (Given Name, Family Name, Organization 1 - Name)', () => {
    const result = importCsv(bytes('google-contacts-legacy.csv'), { now: NOW });
    expect(result.format).toBe('google');
    expect(result.errors).toEqual([]);
    expect(result.records[0]).toMatchObject({
      displayName: '鈴木 一郎',
      givenNamePhonetic: 'いちろう',
      familyNamePhonetic: 'すずき',
      companyName: 'サンプル商事',
      title: '課長',
      emails: [
        { value: 'ichiro@example.jp', label: 'work' },
        { value: 'suzuki@example.jp', label: 'work' },
      ],
      tags: ['VIP'],
      links: [{ kind: 'website', url: 'https://example.jp' }],
    });
    expect(result.records[1]).toMatchObject({ displayName: 'John Smith', notes: 'Met at "Expo", booth 12' });
  });
});

describe('Outlook CSV', () => {
  it('reads English headers: Job Title is the title, Title (Mr.) is not', () => {
    const result = importCsv(bytes('outlook.csv'), { now: NOW, region: 'US' });
    expect(result.format).toBe('outlook');
    expect(result.records[0]).toMatchObject({
      displayName: 'Peter Parker',
      title: 'Photographer',
      companyName: 'Daily Bugle',
      emails: [{ value: 'peter@bugle.example' }],
      phones: [
        { raw: '+1 212 555 0100', e164: '+12125550100', label: 'work' },
        { raw: '(917) 555-0199', e164: '+19175550199', label: 'mobile' },
      ],
      tags: ['Press', 'Friends'],
      location: 'New York, NY, United States',
    });
    expect(result.records[0]?.provenance.title?.[0]?.source).toBe('import:outlook');
    expect(result.errors).toEqual([{ line: 3, reason: expect.stringContaining('no name') }]);
  });

  it('reads Japanese Outlook headers from Shift_JIS bytes, furigana included', () => {
    const result = importCsv(bytes('outlook-ja.csv'), { now: NOW });
    expect(result.format).toBe('outlook');
    expect(result.errors).toEqual([]);
    expect(result.records[0]).toMatchObject({
      displayName: '佐藤 花子',
      familyName: '佐藤',
      givenName: '花子',
      familyNamePhonetic: 'サトウ',
      givenNamePhonetic: 'ハナコ',
      nameOrder: 'family-first',
      companyName: '株式会社テスト',
      title: '主任',
      emails: [{ value: 'hanako@test.example.jp' }],
      notes: '来月フォロー',
      tags: ['顧客'],
    });
    expect(result.records[0]?.phones.map((p) => p.label)).toEqual(['fax', 'work', 'mobile']);
  });
});

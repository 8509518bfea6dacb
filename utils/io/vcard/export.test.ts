import { describe, expect, it } from 'vitest';
import type { PersonForExport } from '../shared/exportable';
import { exportVcard } from './export';
import { foldLine } from './fold';

const octets = (s: string) => new TextEncoder().encode(s).length;

const hanako: PersonForExport = {
  displayName: '佐藤 花子',
  familyName: '佐藤',
  givenName: '花子',
  familyNamePhonetic: 'さとう',
  givenNamePhonetic: 'はなこ',
  nameOrder: 'family-first',
  companyName: '株式会社テスト; R&D',
  title: '主任',
  emails: [
    { value: 'hanako@test.example.jp', label: 'work' },
    { value: 'h@example.com', label: 'Private' },
  ],
  phones: [
    { raw: '090-1111-2222', e164: '+819011112222', label: 'mobile' },
    { raw: '03-1111-2222', e164: '+81311112222' },
  ],
  links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/hanako' }],
  location: 'Tokyo, Japan',
  photoUrl: 'https://example.com/hanako.jpg',
  notes: 'line one\nline two, with comma; and semicolon \\ backslash',
  tags: ['顧客', 'A,B'],
};

describe('foldLine', () => {
  it('folds at 75 octets and never splits a UTF-8 character', () => {
    const line = `NOTE:${'あ'.repeat(40)}😀${'x'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(octets(folded[0] ?? '')).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) {
      expect(part.startsWith(' ')).toBe(true);
      expect(octets(part)).toBeLessThanOrEqual(75);
    }
    // Each piece is whole characters: joining the pieces gives the line back.
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
  });

  it('leaves short lines alone', () => {
    expect(foldLine('FN:Ken')).toBe('FN:Ken');
  });
});

describe('exportVcard', () => {
  it('writes vCard 4.0 with SORT-AS and X-PHONETIC-*, escaping and labels', () => {
    const text = exportVcard([hanako], '4.0');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:4.0');
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(lines).toContain('N;SORT-AS="さとう,はなこ":佐藤;花子;;;');
    expect(lines).toContain('X-PHONETIC-LAST-NAME:さとう');
    expect(lines).toContain('X-PHONETIC-FIRST-NAME:はなこ');
    expect(lines).toContain('ORG:株式会社テスト\\; R&D');
    expect(lines).toContain('EMAIL;TYPE=work:hanako@test.example.jp');
    expect(lines).toContain('item1.EMAIL:h@example.com');
    expect(lines).toContain('item1.X-ABLabel:Private');
    expect(lines).toContain('TEL;TYPE=cell;VALUE=text:090-1111-2222');
    expect(lines).toContain('URL:https://www.linkedin.com/in/hanako');
    expect(lines).toContain('ADR:;;;Tokyo\\, Japan;;;');
    expect(lines).toContain('PHOTO:https://example.com/hanako.jpg');
    expect(lines).toContain('NOTE:line one\\nline two\\, with comma\\; and semicolon \\\\ backslash');
    expect(lines).toContain('CATEGORIES:顧客,A\\,B');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('writes vCard 3.0 with N always, INTERNET emails, SORT-STRING and a uri photo', () => {
    const lines = exportVcard(
      [{ displayName: 'Solo', emails: [{ value: 'solo@example.com' }], phones: [], links: [], tags: [] }],
      '3.0',
    ).split('\r\n');
    expect(lines).toContain('VERSION:3.0');
    expect(lines).toContain('N:;;;;');
    expect(lines).toContain('EMAIL;TYPE=INTERNET:solo@example.com');
    const withPhonetic = exportVcard([hanako], '3.0');
    expect(withPhonetic).toContain('SORT-STRING:さとう はなこ');
    expect(withPhonetic).toContain('PHOTO;VALUE=uri:https://example.com/hanako.jpg');
    expect(withPhonetic).not.toContain('SORT-AS');
  });

  it('writes the link kind only when the address does not say it', () => {
    const text = exportVcard([
      {
        displayName: 'K',
        emails: [],
        phones: [],
        links: [
          { kind: 'other', url: 'https://example.com' },
          { kind: 'github', url: 'https://github.com/k' },
        ],
        tags: [],
      },
    ]);
    expect(text).toContain('URL;TYPE=other:https://example.com');
    expect(text).toContain('URL:https://github.com/k');
  });

  it('gives an empty file for no people', () => {
    expect(exportVcard([])).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { exportCsv } from './export';
import { importCsv } from './import';
import { csvCell } from './quote';

describe('csvCell', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+81 3 1234 5678')).toBe("'+81 3 1234 5678");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell("'=already")).toBe("''=already");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
});

describe('exportCsv', () => {
  const text = exportCsv([
    {
      displayName: '山田 太郎',
      familyName: '山田',
      givenName: '太郎',
      nameOrder: 'family-first',
      title: '=cmd|"/c calc"!A1',
      emails: [{ value: 'taro@example.jp', label: 'work' }],
      phones: [{ raw: '+81 90-1234-5678', e164: '+819012345678', label: 'mobile' }],
      links: [],
      tags: ['VIP', 'a,b'],
      notes: 'first line\nsecond "quoted" line',
    },
  ]);

  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(text.startsWith('\uFEFFDisplay Name,Given Name,Family Name,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('guards formulas and reads back exactly, guard quotes removed', () => {
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(text).toContain("'+81 90-1234-5678");
    const { records, format, errors } = importCsv(text, { now: 1 });
    expect(errors).toEqual([]);
    expect(format).toBe('meishi');
    expect(records[0]).toMatchObject({
      displayName: '山田 太郎',
      title: '=cmd|"/c calc"!A1',
      phones: [{ raw: '+81 90-1234-5678', e164: '+819012345678', label: 'mobile' }],
      tags: ['VIP', 'a,b'],
      notes: 'first line\nsecond "quoted" line',
      nameOrder: 'family-first',
    });
  });
});

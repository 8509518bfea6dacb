import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importVcardChunks } from './chunks';
import { importVcard } from './import';

const NOW = 1_700_000_000_000;
const crlf = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const sjis = (text: string) => {
  // Shift_JIS bytes for a few test strings, written out so the test needs no encoder.
  const table: Record<string, number[]> = {
    山田: [0x8e, 0x52, 0x93, 0x63],
    太郎: [0x91, 0xbe, 0x98, 0x59],
    ﾔﾏﾀﾞ: [0xd4, 0xcf, 0xc0, 0xde],
    ﾀﾛｳ: [0xc0, 0xdb, 0xb3],
  };
  return table[text] ?? [];
};
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('importVcard: vCard 2.1', () => {
  it('decodes CHARSET=SHIFT_JIS names and SOUND;X-IRMC-N furigana from the raw bytes', () => {
    const bytes = new Uint8Array([
      ...ascii('BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:'),
      ...sjis('山田'),
      ...ascii(';'),
      ...sjis('太郎'),
      ...ascii(';;;\r\nSOUND;X-IRMC-N;CHARSET=SHIFT_JIS:'),
      ...sjis('ﾔﾏﾀﾞ'),
      ...ascii(';'),
      ...sjis('ﾀﾛｳ'),
      ...ascii(';;;\r\nTEL;CELL:090-1234-5678\r\nEND:VCARD\r\n'),
    ]);
    const { records, errors } = importVcard(bytes, { now: NOW });
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({
      displayName: '山田 太郎',
      familyName: '山田',
      givenName: '太郎',
      familyNamePhonetic: 'ヤマダ',
      givenNamePhonetic: 'タロウ',
      nameOrder: 'family-first',
      phones: [{ raw: '090-1234-5678', e164: '+819012345678', label: 'mobile' }],
    });
    expect(records[0]?.provenance.displayName?.[0]).toMatchObject({ source: 'import:vcard', at: NOW });
  });

  it('decodes the other legacy charsets a CHARSET parameter names, and guesses when none is given', () => {
    const card = (charset: string, name: number[]) =>
      new Uint8Array([
        ...ascii(`BEGIN:VCARD\r\nVERSION:2.1\r\nFN${charset}:`),
        ...name,
        ...ascii('\r\nEND:VCARD\r\n'),
      ]);
    const iso2022 = [27, 36, 66, 59, 51, 69, 68, 27, 40, 66];
    expect(importVcard(card(';CHARSET=ISO-2022-JP', iso2022)).records[0]?.displayName).toBe('山田');
    expect(importVcard(card(';CHARSET=EUC-JP', [187, 179, 197, 196])).records[0]?.displayName).toBe('山田');
    expect(
      importVcard(card(';CHARSET=WINDOWS-1252', [77, 252, 108, 108, 101, 114])).records[0]?.displayName,
    ).toBe('Müller');
    // No CHARSET and not UTF-8: Latin-1 text is read as Windows-1252.
    expect(importVcard(card('', [77, 252, 108, 108, 101, 114])).records[0]?.displayName).toBe('Müller');
  });

  it('joins quoted-printable soft line breaks, then decodes the charset', () => {
    const text = crlf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Ken',
      'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E3=83=A1=E3=83=A2=0D=0A=',
      'second line =3D ok',
      'END:VCARD',
    );
    expect(importVcard(text).records[0]?.notes).toBe('メモ\nsecond line = ok');
  });

  it('drops embedded base64 photos, even unfolded ones running to a blank line, and keeps what follows', () => {
    const base64 = 'A'.repeat(76);
    const lines = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Photo Person',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:' + base64,
    ];
    for (let i = 0; i < 20_000; i += 1) lines.push(base64); // about 1.5 MB of picture
    lines.push('', 'EMAIL;INTERNET:photo@example.com', 'END:VCARD');
    const { records } = importVcard(crlf(...lines));
    expect(records[0]).toMatchObject({
      displayName: 'Photo Person',
      emails: [{ value: 'photo@example.com' }],
    });
    expect(records[0]?.photoUrl).toBeUndefined();
    expect(JSON.stringify(records[0]).length).toBeLessThan(1_000);
  });

  it('keeps a photo that is a web link', () => {
    const { records } = importVcard(
      crlf('BEGIN:VCARD', 'VERSION:2.1', 'FN:A', 'PHOTO;GIF:https://example.com/a.gif', 'END:VCARD'),
    );
    expect(records[0]?.photoUrl).toBe('https://example.com/a.gif');
  });
});

describe('importVcard: vCard 3.0 and 4.0', () => {
  it('reads grouped properties with Apple labels, escapes and folding', () => {
    const text = crlf(
      '\uFEFFBEGIN:VCARD',
      'VERSION:3.0',
      'N:Doe;John;;;',
      'FN:John Doe\\, Jr.',
      'item1.EMAIL;type=INTERNET;type=pref:john@example.com',
      'item1.X-ABLabel:_$!<Other>!$_',
      'item2.TEL:+1 415 555 0100',
      'item2.X-ABLabel:Assistant',
      'NOTE:first\\nsecond\\; with semicolon and a very long line that must be folded by the w',
      ' riter somewhere',
      'URL:http\\://example.com/john',
      'CATEGORIES:Friends,Work\\,Team',
      'END:VCARD',
    );
    const [john] = importVcard(text, { region: 'US' }).records;
    expect(john).toMatchObject({
      displayName: 'John Doe, Jr.',
      emails: [{ value: 'john@example.com', label: 'other' }],
      phones: [{ raw: '+1 415 555 0100', e164: '+14155550100', label: 'Assistant' }],
      notes: 'first\nsecond; with semicolon and a very long line that must be folded by the writer somewhere',
      links: [{ kind: 'website', url: 'http://example.com/john' }],
      tags: ['Friends', 'Work,Team'],
    });
  });

  it('reads phonetic names from X-PHONETIC-*, SORT-AS and SORT-STRING', () => {
    const apple = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:山田 太郎',
      'N:山田;太郎;;;',
      'X-PHONETIC-LAST-NAME:やまだ',
      'X-PHONETIC-FIRST-NAME:たろう',
      'END:VCARD',
    );
    expect(importVcard(apple).records[0]).toMatchObject({
      familyNamePhonetic: 'やまだ',
      givenNamePhonetic: 'たろう',
    });
    const v4 = crlf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:山田 太郎',
      'N;SORT-AS="やまだ,たろう":山田;太郎;;;',
      'END:VCARD',
    );
    expect(importVcard(v4).records[0]).toMatchObject({
      familyNamePhonetic: 'やまだ',
      givenNamePhonetic: 'たろう',
    });
    const sortString = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:山田 太郎',
      'N:山田;太郎;;;',
      'SORT-STRING:やまだ たろう',
      'END:VCARD',
    );
    expect(importVcard(sortString).records[0]).toMatchObject({
      familyNamePhonetic: 'やまだ',
      givenNamePhonetic: 'たろう',
    });
  });

  it('drops data: URI photos and keeps URL ones', () => {
    const text = crlf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:A',
      `PHOTO:data:image/png;base64,${'B'.repeat(300)}`,
      'END:VCARD',
    );
    expect(importVcard(text).records[0]?.photoUrl).toBeUndefined();
  });

  it('reads a jCard', () => {
    const jcard = JSON.stringify([
      'vcard',
      [
        ['version', {}, 'text', '4.0'],
        ['fn', {}, 'text', 'Jay'],
        ['email', { type: 'work' }, 'text', 'jay@example.com'],
      ],
    ]);
    expect(importVcard(jcard).records[0]).toMatchObject({
      displayName: 'Jay',
      emails: [{ value: 'jay@example.com', label: 'work' }],
    });
    expect(importVcard('["vcard", 3]').errors[0]?.reason).toContain('not a jCard');
  });
});

describe('importVcard: xCard', () => {
  it('reads properties, groups and parameters from XML', () => {
    const xml = `<?xml version="1.0"?><vcards xmlns="urn:ietf:params:xml:ns:vcard-4.0"><vcard>
      <fn><text>山田 太郎</text></fn><n><surname>山田</surname><given>太郎</given><additional/><prefix/><suffix/></n>
      <group name="item1"><email><text>taro@example.jp</text></email><x-ablabel><text>Assistant</text></x-ablabel></group>
      <categories><text>VIP</text><text>取引先</text></categories></vcard></vcards>`;
    const result = importVcard(xml);
    expect(result.format).toBe('vcard');
    expect(result.records[0]).toMatchObject({
      displayName: '山田 太郎',
      familyName: '山田',
      givenName: '太郎',
      emails: [{ value: 'taro@example.jp', label: 'Assistant' }],
      tags: ['VIP', '取引先'],
    });
  });

  it('says why broken XML is not read', () => {
    expect(importVcard('<vcards><vcard>').errors[0]?.reason).toMatch(/XML|xCard/);
  });
});

describe('importVcard: errors', () => {
  it('lists a card that cannot be a person with the line of its BEGIN, and imports the others', () => {
    const text = crlf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Good',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'NOTE:no name here',
      'END:VCARD',
    );
    const result = importVcard(text);
    expect(result.records.map((r) => [r.displayName, r.line])).toEqual([['Good', 1]]);
    expect(result.errors).toEqual([{ line: 5, reason: expect.stringContaining('no name') }]);
  });

  it('reports a value that breaks the schema', () => {
    const result = importVcard(crlf('BEGIN:VCARD', 'VERSION:3.0', `FN:${'x'.repeat(201)}`, 'END:VCARD'));
    expect(result.errors).toEqual([{ line: 1, reason: expect.stringContaining('displayName') }]);
  });

  it('says so when there is no vCard at all', () => {
    expect(importVcard('hello').errors).toEqual([{ line: 0, reason: expect.stringContaining('no vCard') }]);
  });

  it('imports a card cut off before END:VCARD', () => {
    expect(importVcard('BEGIN:VCARD\nVERSION:3.0\nFN:Cut').records[0]?.displayName).toBe('Cut');
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 200 }), (bytes, text) => {
        const framed = new Uint8Array([...ascii('BEGIN:VCARD\r\n'), ...bytes, ...ascii('\r\nEND:VCARD')]);
        for (const input of [bytes, framed, text, `BEGIN:VCARD\n${text}\nEND:VCARD`]) {
          const result = importVcard(input);
          expect(Array.isArray(result.records)).toBe(true);
          expect(Array.isArray(result.errors)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('importVcardChunks', () => {
  it('gives the same people as the one-shot import, a few cards at a time', async () => {
    const cards: string[] = [];
    for (let i = 0; i < 1200; i += 1) {
      cards.push(
        crlf('BEGIN:VCARD', 'VERSION:3.0', `FN:Person ${i}`, `EMAIL:p${i}@example.com`, 'END:VCARD'),
      );
    }
    cards.push(crlf('BEGIN:VCARD', 'VERSION:3.0', 'NOTE:nobody', 'END:VCARD'));
    const text = cards.join('');
    const whole = importVcard(text, { now: NOW });
    const chunks = [];
    for await (const chunk of importVcardChunks(new TextEncoder().encode(text), {
      now: NOW,
      cardsPerChunk: 250,
    })) {
      chunks.push(chunk);
    }
    expect(chunks.length).toBe(5);
    expect(chunks.at(-1)?.progress).toBe(1);
    expect(chunks.flatMap((c) => c.records)).toEqual(whole.records);
    expect(chunks.flatMap((c) => c.errors)).toEqual([
      { line: 6001, reason: expect.stringContaining('no name') },
    ]);
  });

  it('reports a file with no card', async () => {
    const chunks = [];
    for await (const chunk of importVcardChunks('nothing here')) chunks.push(chunk);
    expect(chunks).toEqual([
      { records: [], errors: [{ line: 0, reason: expect.stringContaining('no vCard') }], progress: 1 },
    ]);
  });
});

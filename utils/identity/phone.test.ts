import { describe, expect, it } from 'vitest';
import { phoneKey } from './phone';

const key = (s: string, region?: Parameters<typeof phoneKey>[1]) => {
  const r = phoneKey(s, region);
  return r.ok ? r.key : null;
};

describe('phoneKey', () => {
  it('reads Japanese numbers in every common spelling as one E.164 key', () => {
    const tokyo = '+81312345678';
    for (const s of [
      '03-1234-5678',
      '(03) 1234-5678',
      '03 1234 5678',
      '0312345678',
      '+81 3-1234-5678',
      '+81 (0)3-1234-5678',
      '+81(0)312345678',
      '０３−１２３４−５６７８',
      '０３ー１２３４ー５６７８',
      '０３（１２３４）５６７８',
      'tel:+81-3-1234-5678',
      '03-1234-5678 内線 123',
      '03-1234-5678（内線123）',
      '03-1234-5678 ext. 12',
      '03-1234-5678 #204',
      '03-1234-5678 x204',
      '03-1234-5678x204',
      'FAX 03-1234-5678',
      'TEL: 03-1234-5678',
      '電話 03-1234-5678',
      '+81-3-1234-5678(代表)',
    ]) {
      expect(key(s), s).toBe(tokyo);
    }
  });

  it('keys mobile, free-dial and IP numbers', () => {
    expect(key('090-1234-5678')).toBe('+819012345678');
    expect(key('0120-123-456')).toBe('+81120123456');
    expect(key('050-1234-5678')).toBe('+815012345678');
  });

  it('uses the region it is given for numbers without a country code', () => {
    expect(key('(650) 253-0000', 'US')).toBe('+16502530000');
    expect(key('020 7946 0018', 'GB')).toBe('+442079460018');
    expect(key('+1 650 253 0000 x123')).toBe('+16502530000');
  });

  it('refuses a US number read as Japanese, dates, times and short numbers', () => {
    expect(key('(650) 253-0000')).toBeNull();
    for (const bad of [
      '',
      '12',
      '2024/04/01',
      '2024-04-01',
      '10:30',
      '1/12/2011',
      'call me',
      '+999 1234 5678',
    ]) {
      expect(key(bad), bad).toBeNull();
    }
  });

  it('accepts a region code in lower case', () => {
    expect(key('(650) 253-0000', 'us' as Parameters<typeof phoneKey>[1])).toBe('+16502530000');
  });

  it('falls back to Japan for an unknown region code', () => {
    expect(key('03-1234-5678', 'XX' as Parameters<typeof phoneKey>[1])).toBe('+81312345678');
  });
});

import { describe, expect, it } from 'vitest';
import { companyNameKey, companyNameWords } from './company-name';

const key = (s: string) => {
  const r = companyNameKey(s);
  return r.ok ? r.key : null;
};

describe('companyNameKey', () => {
  it('removes English and European legal forms at the end', () => {
    for (const name of [
      'Acme',
      'ACME Inc.',
      'Acme, Inc',
      'Acme Incorporated',
      'Acme LLC',
      'Acme Ltd',
      'Acme Limited',
      'Acme Corp.',
      'Acme Corporation',
      'Acme Co., Ltd.',
      'Acme GmbH',
      'Acme AG',
      'Acme S.A.',
      'Acme SA',
      'Acme SAS',
      'Acme N.V.',
      'Acme B.V.',
      'Acme plc',
      'Acme Oy',
      'Acme AB (publ)',
      'Acme KK',
      'Acme K.K.',
      'The Acme Company',
      'Acme S.p.A.',
      'Acme Pty Ltd',
      'Acme Sdn. Bhd.',
    ]) {
      expect(key(name), name).toBe('acme');
    }
  });

  it('removes Japanese legal forms before or after the name', () => {
    for (const name of [
      'ソニー',
      'ソニー株式会社',
      '株式会社ソニー',
      '株式会社 ソニー',
      '(株)ソニー',
      'ソニー(株)',
      '㈱ソニー',
      'ソニー㈱',
      '（株）ソニー',
      '有限会社ソニー',
      '合同会社ソニー',
      '合資会社ソニー',
      '一般社団法人ソニー',
      '株式会社ソニー 御中',
      'ソニー株式會社',
    ]) {
      expect(key(name), name).toBe('ソニー');
    }
  });

  it('removes Chinese and Korean forms met on the same cards', () => {
    expect(key('台灣積體電路製造股份有限公司')).toBe('台灣積體電路製造');
    expect(key('삼성전자 주식회사')).toBe('삼성전자');
    expect(key('㈜삼성전자')).toBe('삼성전자');
  });

  it('folds full width, half-width kana, case, accents and spacing', () => {
    expect(key('ＡＣＭＥ　株式会社')).toBe('acme');
    expect(key('ｿﾆｰ株式会社')).toBe('ソニー');
    expect(key('Société Générale S.A.')).toBe('societegenerale');
    expect(key('Linked In')).toBe(key('LinkedIn'));
  });

  it('reads & as and, and keeps the name before a trading name', () => {
    expect(key('Procter & Gamble Co.')).toBe(key('Procter and Gamble'));
    expect(key('Johnson & Johnson')).toBe('johnsonandjohnson');
    expect(key('Kaleo Inc. dba Cleo’s')).toBe('kaleo');
    expect(key('Smith & Co.')).toBe('smith');
  });

  it('removes distinctive forms from the middle and drops asides in brackets', () => {
    expect(key('CTG Inc. of Illinois')).toBe('ctgofillinois');
    expect(key('Liberty Square, LLC (for Curry College)')).toBe('libertysquare');
  });

  it('keeps a name that is nothing but a legal form rather than an empty key', () => {
    expect(key('Limited')).toBe('limited');
    expect(key('株式会社')).toBe('株式会社');
    expect(key('The')).toBe('the');
  });

  it('does not eat names that merely contain form letters', () => {
    expect(key('Coca-Cola')).toBe('cocacola');
    expect(key('Incogni')).toBe('incogni');
    expect(key('AGC Inc.')).toBe('agc');
    expect(key('Sabre Corp')).toBe('sabre');
  });

  it('refuses empty and mark-only names', () => {
    expect(key('')).toBeNull();
    expect(key('  ')).toBeNull();
    expect(key('---')).toBeNull();
  });

  it('gives the words for fuzzy comparison', () => {
    expect(companyNameWords('The Procter & Gamble Co.')).toEqual(['procter', 'and', 'gamble']);
    expect(companyNameWords('株式会社 日本 電気')).toEqual(['日本', '電気']);
    expect(companyNameWords('')).toEqual([]);
  });
});

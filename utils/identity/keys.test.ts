import { describe, expect, it } from 'vitest';
import { CandidateSchema } from '@/utils/model';
import { hardKeysOfCandidate, hardKeysOfCompany, hardKeysOfPerson, softKeyOfPerson } from './keys';

describe('hardKeysOfPerson', () => {
  it('keys emails, phones and LinkedIn profiles, once each', () => {
    const keys = hardKeysOfPerson({
      emails: [
        { value: 'Taro.Yamada@Example.co.jp' },
        { value: 'taro.yamada+x@example.co.jp' },
        { value: 'nope' },
      ],
      phones: [{ raw: '03-1234-5678' }, { raw: '+81 3 1234 5678', e164: '+81312345678' }, { raw: 'n/a' }],
      links: [
        { kind: 'linkedin', url: 'https://jp.linkedin.com/in/taro-yamada/' },
        { kind: 'website', url: 'https://example.co.jp' },
        { kind: 'other', url: 'https://www.linkedin.com/in/Taro-Yamada' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/company/example' },
      ],
    });
    expect(keys).toEqual(['email:taro.yamada@example.co.jp', 'phone:+81312345678', 'li:in/taro-yamada']);
  });

  it('prefers the stored E.164 and reads raw numbers in the region given', () => {
    expect(hardKeysOfPerson({ phones: [{ raw: 'garbled', e164: '+16502530000' }] })).toEqual([
      'phone:+16502530000',
    ]);
    expect(hardKeysOfPerson({ phones: [{ raw: '(650) 253-0000' }] }, 'US')).toEqual(['phone:+16502530000']);
    expect(hardKeysOfPerson({ phones: [{ raw: '(650) 253-0000' }] })).toEqual([]);
  });

  it('gives nothing for an empty record', () => {
    expect(hardKeysOfPerson({})).toEqual([]);
  });
});

describe('hardKeysOfCompany', () => {
  it('keys domains, website, LinkedIn page and name', () => {
    expect(
      hardKeysOfCompany({
        name: 'ソニー株式会社',
        domains: ['sony.co.jp', 'SONY.com'],
        website: 'https://www.sony.co.jp/',
        linkedin: 'https://jp.linkedin.com/company/sony/',
      }),
    ).toEqual(['web:sony.co.jp', 'web:sony.com', 'li:company/sony', 'co:ソニー']);
  });

  it('does not take a personal profile as the company page', () => {
    expect(hardKeysOfCompany({ name: 'Acme Inc.', linkedin: 'https://www.linkedin.com/in/someone' })).toEqual(
      ['co:acme'],
    );
  });
});

describe('hardKeysOfCandidate', () => {
  it('keys a person candidate like a person', () => {
    const candidate = CandidateSchema.parse({
      kind: 'person',
      name: '山田 太郎',
      emails: ['taro@example.co.jp'],
      phones: ['03-1234-5678'],
      links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/taro' }],
      confidence: 0.9,
    });
    expect(hardKeysOfCandidate(candidate)).toEqual([
      'email:taro@example.co.jp',
      'phone:+81312345678',
      'li:in/taro',
    ]);
  });

  it('keys a company candidate by website, LinkedIn page and name', () => {
    const candidate = CandidateSchema.parse({
      kind: 'company',
      name: 'Acme, Inc.',
      links: [
        { kind: 'website', url: 'https://www.acme.example.com/about' },
        { kind: 'linkedin', url: 'https://www.linkedin.com/company/acme/' },
      ],
      confidence: 0.8,
    });
    expect(hardKeysOfCandidate(candidate)).toEqual(['web:example.com', 'li:company/acme', 'co:acme']);
  });
});

describe('softKeyOfPerson', () => {
  it('pairs the name key with the company key', () => {
    expect(softKeyOfPerson('Mr. Taro Yamada', 'Acme Inc.')).toBe('pn:taro yamada|acme');
    expect(softKeyOfPerson('YAMADA Taro', 'ACME')).toBe('pn:taro yamada|acme');
    expect(softKeyOfPerson('山田 太郎 様', '株式会社アクメ')).toBe('pn:山田太郎|アクメ');
  });

  it('leaves the company part empty when unknown, and gives null without a name', () => {
    expect(softKeyOfPerson('Taro Yamada')).toBe('pn:taro yamada|');
    expect(softKeyOfPerson('Taro Yamada', '')).toBe('pn:taro yamada|');
    expect(softKeyOfPerson('')).toBeNull();
  });
});

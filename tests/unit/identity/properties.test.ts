import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companyNameKey,
  emailKey,
  foldKana,
  hardKeysOfCandidate,
  hardKeysOfCompany,
  hardKeysOfPerson,
  linkedinKey,
  normalizeText,
  personNameKey,
  phoneKey,
  romanizeKana,
  softKeyOfPerson,
  websiteKey,
  type KeyResult,
} from '@/utils/identity';
import { ANYWHERE_FORMS, END_FORMS } from '@/utils/identity/legal-forms';
import { COMMA_SUFFIXES } from '@/utils/identity/name-parts';

const RUNS = { numRuns: 500 };

/** Any text at all: every code point, lone surrogates included (what a scraped page may hold). */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ maxLength: 80 }),
);

/** Text built from the pieces the normalisers treat specially, so that the odd cases meet. */
const PIECES = [
  'Inc',
  'Inc.',
  'Co.,',
  'Ltd',
  'K.K.',
  'S.A.',
  'A/S',
  'The',
  '&',
  'and',
  'dba',
  '株式会社',
  '(株)',
  '㈱',
  '有限会社',
  'Mr',
  'Dr.',
  'Jr.',
  'PhD',
  'III',
  '様',
  'さん',
  '先生',
  '-san',
  'Yamada',
  'Taro',
  'TARŌ',
  'José',
  'ｶﾞｯｺｳ',
  'ヤマダ',
  'やまだ',
  '山田',
  '太郎',
  'ー',
  'ﾞ',
  '"Bob"',
  "'Al'",
  '(x)',
  ',',
  '.',
  '-',
  ' ',
  '\u3000',
  '\t',
  'a',
  'Z',
  '0',
  '@',
  '+',
  'gmail.com',
  'example.co.jp',
  'www.',
  'linkedin.com/in/',
  '%E5%B1%B1',
  '03-1234-5678',
  '＋８１',
];
const pieces = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 8 })
  .chain((words) => fc.constantFrom(words.join(' '), words.join('')));
const texts = fc.oneof(anyText, pieces);

const keyOrNull = (r: KeyResult): string | null => (r.ok ? r.key : null);

describe('identity keys never throw', () => {
  it('returns a KeyResult for any string', () => {
    fc.assert(
      fc.property(texts, (s) => {
        for (const result of [
          emailKey(s),
          phoneKey(s),
          phoneKey(s, 'US'),
          linkedinKey(s),
          websiteKey(s),
          companyNameKey(s),
          personNameKey(s),
          personNameKey(s, { order: 'western' }),
        ]) {
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) expect(result.key.length).toBeGreaterThan(0);
          else expect(result.reason.length).toBeGreaterThan(0);
        }
        expect(typeof normalizeText(s)).toBe('string');
        expect(typeof foldKana(s)).toBe('string');
        expect(typeof romanizeKana(s)).toBe('string');
      }),
      RUNS,
    );
  });

  it('makes key lists from any record without throwing', () => {
    fc.assert(
      fc.property(texts, texts, texts, (a, b, c) => {
        const keys = [
          ...hardKeysOfPerson({
            emails: [{ value: a }],
            phones: [{ raw: b, e164: c }],
            links: [{ kind: 'linkedin', url: c }],
          }),
          ...hardKeysOfCompany({ name: a, domains: [b], website: c, linkedin: c }),
          ...hardKeysOfCandidate({
            kind: 'person',
            name: a,
            emails: [a],
            phones: [b],
            links: [{ kind: 'linkedin', url: c }],
            sources: [],
            confidence: 0.5,
          }),
        ];
        for (const key of keys) expect(key).toMatch(/^(email|phone|li|web|co):./u);
        const soft = softKeyOfPerson(a, b);
        if (soft !== null) expect(soft.startsWith('pn:')).toBe(true);
      }),
      RUNS,
    );
  });

  it('refuses values that are not strings instead of throwing', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(emailKey(value as unknown as string).ok).toBe(false);
      expect(companyNameKey(value as unknown as string).ok).toBe(false);
      expect(personNameKey(value as unknown as string).ok).toBe(false);
      expect(websiteKey(value as unknown as string).ok).toBe(false);
    }
  });
});

describe('identity keys are fixed points', () => {
  const idempotent = (name: string, key: (s: string) => KeyResult) =>
    it(`${name}(key) is the key`, () => {
      fc.assert(
        fc.property(texts, (s) => {
          const once = key(s);
          if (!once.ok) return;
          expect(keyOrNull(key(once.key))).toBe(once.key);
        }),
        RUNS,
      );
    });

  idempotent('emailKey', emailKey);
  idempotent('phoneKey', (s) => phoneKey(s));
  idempotent('websiteKey', websiteKey);
  idempotent('companyNameKey', companyNameKey);
  idempotent('personNameKey', (s) => personNameKey(s));
  idempotent('personNameKey western', (s) => personNameKey(s, { order: 'western' }));

  it('linkedinKey of the canonical link is the key', () => {
    fc.assert(
      fc.property(texts, (s) => {
        const once = linkedinKey(`https://www.linkedin.com/in/${encodeURIComponent(s)}`);
        if (!once.ok) return;
        expect(keyOrNull(linkedinKey(`https://linkedin.com/${once.key}`))).toBe(once.key);
      }),
      RUNS,
    );
  });

  it('normalizeText and foldKana are idempotent', () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
        expect(foldKana(foldKana(s))).toBe(foldKana(s));
      }),
      RUNS,
    );
  });
});

describe('identity keys ignore what should not matter', () => {
  const latinName = fc.array(fc.stringMatching(/^[A-Za-z]{2,8}$/), { minLength: 1, maxLength: 4 });

  it('a Latin name key does not depend on word order, case or titles', () => {
    fc.assert(
      fc.property(latinName, (words) => {
        const key = keyOrNull(personNameKey(words.join(' ')));
        fc.pre(key !== null && !words.some((w) => COMMA_SUFFIXES.has(w.toLowerCase())));
        expect(keyOrNull(personNameKey([...words].reverse().join(' ').toUpperCase()))).toBe(key);
        expect(keyOrNull(personNameKey(`Dr. ${words.join(' ')}, PhD`))).toBe(key);
      }),
      RUNS,
    );
  });

  it('an email key does not depend on case, a +tag or surrounding spaces', () => {
    const local = fc
      .stringMatching(/^[a-z0-9]([a-z0-9._-]{0,10}[a-z0-9])?$/)
      .filter((s) => !s.includes('..'));
    fc.assert(
      fc.property(local, fc.stringMatching(/^[a-z0-9]{1,8}$/), (user, tag) => {
        const key = keyOrNull(emailKey(`${user}@example.com`));
        expect(key).toBe(`${user}@example.com`);
        expect(keyOrNull(emailKey(`  ${user.toUpperCase()}+${tag}@EXAMPLE.com `))).toBe(key);
      }),
      RUNS,
    );
  });

  it('a company key does not depend on its legal form', () => {
    const forms = fc.constantFrom(
      'Inc.',
      'Co., Ltd.',
      'GmbH',
      'S.A.',
      'plc',
      'K.K.',
      'Corporation',
      'LLC',
      'N.V.',
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{2,9}$/), forms, (name, form) => {
        fc.pre(!END_FORMS.includes(name.toLowerCase()) && !ANYWHERE_FORMS.has(name.toLowerCase()));
        expect(keyOrNull(companyNameKey(`${name} ${form}`))).toBe(keyOrNull(companyNameKey(name)));
        expect(keyOrNull(companyNameKey(`株式会社${name}`))).toBe(
          keyOrNull(companyNameKey(`${name}株式会社`)),
        );
      }),
      RUNS,
    );
  });
});

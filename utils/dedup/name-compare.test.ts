import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauAtMostOne, jaroWinkler, boundedLevenshtein } from './jaro-winkler';
import { compareNames } from './name-compare';
import { nameProfile } from './name-profile';
import { areNicknames } from './nicknames';
import { isFreemail, isRoleAddress } from './roles';
import { p } from './test-people';

const cmp = (a: string, b: string, extraA = {}, extraB = {}) =>
  compareNames(nameProfile(p(a, extraA)), nameProfile(p(b, extraB)));

describe('name comparison', () => {
  it('reads names every way they are written', () => {
    expect(cmp('Bob Smith', 'Robert Smith')).toMatchObject({ verdict: 'same', kinds: ['nickname'] });
    expect(cmp('Kathy Jones', 'Catherine Jones').verdict).toBe('same');
    expect(cmp('Yamada Taro', 'Taro Yamada')).toMatchObject({ verdict: 'same', kinds: ['swapped'] });
    expect(cmp('Smith, John', 'John Smith')).toMatchObject({ verdict: 'same', kinds: [] });
    expect(cmp('Dr. John Smith Jr.', 'john smith').verdict).toBe('same');
    expect(cmp('Satō Yūki', 'Satou Yuuki').verdict).toBe('same');
    expect(cmp('Ohno Kenji', 'Ono Kenji').verdict).toBe('same');
    expect(cmp('T. Yamada', 'Taro Yamada')).toMatchObject({ verdict: 'similar', kinds: ['initial'] });
    expect(cmp('Jonh Smith', 'John Smith')).toMatchObject({ verdict: 'similar', kinds: ['typo'] });
    expect(cmp('Pul Peterson', 'Paul Peterson').verdict).toBe('similar');
    expect(cmp('山田 太郎', '山田太郎様').verdict).toBe('same');
    expect(cmp('齋藤 一郎', '斎藤 一郎')).toMatchObject({ verdict: 'same', kinds: ['variant'] });
    expect(cmp('太郎 山田', '山田 太郎')).toMatchObject({ verdict: 'same', kinds: ['swapped'] });
    expect(
      cmp('山田 太郎', 'Tarō Yamada', { familyNamePhonetic: 'ヤマダ', givenNamePhonetic: 'タロウ' }),
    ).toMatchObject({
      verdict: 'same',
      kinds: ['reading'],
    });
    expect(cmp('ヤマダ タロウ', 'Yamada Taro').verdict).toBe('same');
    expect(cmp('山田 太郎', 'Taro Yamada', {}, {})).toMatchObject({ verdict: 'unknown', similarity: 0 });
    // Read from the address when nothing else is in Latin letters (hard keys as the keys table has them).
    const withAddress = nameProfile(p('山田 太郎'), ['email:taro.yamada@acme.jp']);
    expect(compareNames(withAddress, nameProfile(p('Taro Yamada')))).toMatchObject({
      verdict: 'similar',
      kinds: ['handle'],
    });
    const withProfile = nameProfile(p('山田 太郎'), ['li:in/taro-yamada-4a1b']);
    expect(compareNames(withProfile, nameProfile(p('Yamada Taro'))).verdict).toBe('similar');
  });

  it('tells different people apart', () => {
    expect(cmp('Taro Yamada', 'Hanako Yamada').verdict).toBe('different');
    expect(cmp('山田 太郎', '山田 花子').verdict).toBe('different');
    expect(cmp('Ken Ito', 'Yumi Ito').verdict).toBe('different');
    expect(cmp('T. Yamada', 'Hanako Yamada').verdict).toBe('different');
    // Kanji against kana is not a comparison at all.
    expect(cmp('山田 太郎', 'やまだ たろう').verdict).toBe('unknown');
  });

  it('is symmetric', () => {
    const names = [
      'Bob Smith',
      'Robert Smith',
      'Smith',
      'Yamada Taro',
      '山田 太郎',
      'T. Yamada',
      'Jane Carter',
      'John Carter',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...names), (a, b) => {
        const x = cmp(a, b);
        const y = cmp(b, a);
        expect(y.verdict).toBe(x.verdict);
        expect(y.similarity).toBeCloseTo(x.similarity, 12);
      }),
    );
  });
});

describe('string measures', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdefgh山田'), maxLength: 12 });

  it('keeps Jaro-Winkler within 0–1, 1 on equal strings, and symmetric', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(jaroWinkler(a, a)).toBe(1);
        expect(jaroWinkler(b, a)).toBeCloseTo(s, 12);
      }),
    );
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
  });

  it('agrees on one edit between the bounded and the one-step measures', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = boundedLevenshtein(a, b, 3);
        if (d <= 1) expect(damerauAtMostOne(a, b)).toBe(true);
        if (!damerauAtMostOne(a, b)) expect(d).toBeGreaterThanOrEqual(2);
        expect(boundedLevenshtein(b, a, 3)).toBe(d);
      }),
    );
    expect(damerauAtMostOne('jonh', 'john')).toBe(true);
    expect(boundedLevenshtein('kitten', 'sitting', 5)).toBe(3);
  });

  it('knows nicknames, role mailboxes and free mail', () => {
    expect(areNicknames('bill', 'william')).toBe(true);
    expect(areNicknames('alex', 'sasha')).toBe(true);
    expect(areNicknames('bob', 'bill')).toBe(false);
    for (const a of [
      'info@acme.com',
      'sales.jp@acme.com',
      'support2@x.jp',
      'お問い合わせ@x.jp',
      'eigyo@x.co.jp',
    ]) {
      expect(isRoleAddress(a), a).toBe(true);
    }
    for (const a of [
      'taro.yamada@acme.com',
      'ito.ken@x.jp',
      'information.smith@x.com'.replace('information.', 'inf.'),
    ]) {
      expect(isRoleAddress(a), a).toBe(false);
    }
    expect(isFreemail('gmail.com')).toBe(true);
    expect(isFreemail('acme.co.jp')).toBe(false);
  });
});

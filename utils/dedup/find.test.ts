import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicates, type DedupResult } from './find';
import { explainDedupLine } from './format';
import { email, linkedin, p, phone } from './test-people';

const ids = (r: DedupResult) => ({
  auto: r.autoMerge.map((c) => c.personIds),
  review: r.review.map((x) => [x.a, x.b].sort()),
});

describe('findDuplicates: auto-merge on hard keys', () => {
  it('merges the same address written differently, with its reasons', () => {
    const a = p('Taro Yamada', { companyName: 'Acme Corp.', ...email('Taro.Yamada@acme.co.jp') });
    const b = p('山田 太郎', email('taro.yamada@ACME.co.jp'));
    const r = findDuplicates([a, b]);
    expect(ids(r)).toEqual({ auto: [[a.id, b.id]], review: [] });
    // The kanji record is read by its address: taro.yamada.
    expect(explainDedupLine(r.autoMerge[0]!.reasons, 'en')).toBe(
      'same email taro.yamada@acme.co.jp; names Taro Yamada / 山田 太郎 (from the address or profile)',
    );
  });

  it('merges on a LinkedIn profile in any URL form, and chains clusters', () => {
    const a = p('Bob Smith', linkedin('https://www.linkedin.com/in/bob-smith-42/'));
    const b = p('Robert Smith', {
      ...linkedin('https://jp.linkedin.com/in/bob-smith-42?trk=x'),
      ...email('rs@globex.com'),
    });
    const c = p('Robert Smith', email('RS@globex.com'));
    expect(ids(findDuplicates([a, b, c])).auto).toEqual([[a.id, b.id, c.id].sort()]);
  });

  it('merges on a phone only when the names agree', () => {
    const a = p('Taro Yamada', phone('03-1234-5678'));
    const b = p('Yamada Taro', phone('+81 3 1234 5678'));
    expect(ids(findDuplicates([a, b])).auto).toEqual([[a.id, b.id]]);
    // Kanji against romaji without a reading: the phone alone is not enough.
    const c = p('山田 太郎', phone('0312345678'));
    const d = p('Yamada Taro', phone('(03) 1234-5678'));
    const r = findDuplicates([c, d]);
    expect(ids(r)).toEqual({ auto: [], review: [[c.id, d.id].sort()] });
    expect(explainDedupLine(r.review[0]!.reasons, 'en')).toBe(
      'same phone +81 3-1234-5678; names 山田 太郎 / Yamada Taro',
    );
    expect(explainDedupLine(r.review[0]!.reasons, 'ja')).toBe(
      '同じ電話番号 +81 3-1234-5678、氏名 山田 太郎 / Yamada Taro',
    );
  });

  it('never merges people on a switchboard', () => {
    const board = '03-5555-0000';
    const people = [
      p('Taro Yamada', { companyName: 'Acme', ...phone(board) }),
      p('Hanako Sato', { companyName: 'Acme', ...phone(board) }),
      p('Ichiro Suzuki', { companyName: 'ACME Inc.', ...phone(board) }),
      p('T. Yamada', { companyName: 'Acme', ...phone(board) }),
    ];
    const r = findDuplicates(people);
    expect(r.autoMerge).toEqual([]);
    // Only the pair whose names agree is put up for review, as a shared number.
    expect(ids(r).review).toEqual([[people[0]!.id, people[3]!.id].sort()]);
    expect(r.review[0]!.reasons[0]).toEqual({ kind: 'shared-phone', value: '+81355550000' });
  });

  it('never merges people on a role address, even with the same name', () => {
    const a = p('Ken Ito', { companyName: 'Globex', ...email('info@globex.com') });
    const b = p('Ken Ito', { companyName: 'Globex', ...email('INFO@globex.com') });
    const c = p('Yumi Ito', email('お問い合わせ@globex.com'));
    const d = p('Aya Mori', email('お問い合わせ@globex.com'));
    const r = findDuplicates([a, b, c, d]);
    expect(r.autoMerge).toEqual([]);
    expect(ids(r).review).toEqual([[a.id, b.id].sort()]);
    expect(r.review[0]!.reasons.map((x) => x.kind)).toEqual([
      'role-email',
      'names',
      'same-company',
      'same-domain',
    ]);
  });

  it('keeps a chain from joining two different names', () => {
    // Each link agrees on its own (John ~ J., J. ~ Jane), but John and Jane are two people.
    const a = p('John Carter', email('jc@acme.com'));
    const b = p('J. Carter', { ...email('jc@acme.com'), ...linkedin('https://linkedin.com/in/jcarter') });
    const c = p('Jane Carter', linkedin('https://linkedin.com/in/jcarter'));
    const r = findDuplicates([a, b, c]);
    expect(r.autoMerge).toEqual([]);
    expect(ids(r).review).toEqual(expect.arrayContaining([[a.id, b.id].sort(), [b.id, c.id].sort()]));
    expect(ids(r).review).not.toContainEqual([a.id, c.id].sort());
  });

  it('ignores records in the trash', () => {
    const a = p('Taro Yamada', email('t@acme.jp'));
    const b = p('Taro Yamada', { ...email('t@acme.jp'), deletedAt: 1, deletedBy: 'm1' });
    expect(findDuplicates([a, b])).toMatchObject({ autoMerge: [], review: [] });
  });
});

describe('findDuplicates: review queue', () => {
  const cases: [string, Parameters<typeof p>, Parameters<typeof p>, string][] = [
    [
      'nickname',
      ['Bob Smith', { companyName: 'Acme Corp.' }],
      ['Robert Smith', { companyName: 'ACME Inc' }],
      'names Bob Smith / Robert Smith (nickname); same company Acme Corp.',
    ],
    [
      'swapped order',
      ['Yamada Taro', { companyName: '株式会社山田商事' }],
      ['Taro Yamada', { companyName: '山田商事(株)' }],
      'names Yamada Taro / Taro Yamada (order swapped); same company 株式会社山田商事',
    ],
    [
      'typo',
      ['Jonh Smith', { companyName: 'Acme' }],
      ['John Smith', { companyName: 'Acme' }],
      'names Jonh Smith / John Smith (spelling differs); same company Acme',
    ],
    [
      'kana/romaji by furigana',
      ['山田 太郎', { companyName: 'Acme', familyNamePhonetic: 'ヤマダ', givenNamePhonetic: 'タロウ' }],
      ['Tarō Yamada', { companyName: 'Acme' }],
      'names 山田 太郎 / Tarō Yamada (reading matches); same company Acme',
    ],
    [
      'kanji variant',
      ['斎藤 一郎', { companyName: 'Acme' }],
      ['齋藤 一郎', { companyName: 'Acme' }],
      'names 斎藤 一郎 / 齋藤 一郎 (kanji variant); same company Acme',
    ],
    [
      'employer domain',
      ['Liz Chen', email('liz@initech.com')],
      ['Elizabeth Chen', email('e.chen@initech.com')],
      'names Liz Chen / Elizabeth Chen (nickname); same company initech; same email domain initech.com',
    ],
    [
      'no company on one',
      ['Ichiro Suzuki', {}],
      ['Ichiro Suzuki', { companyName: 'Globex' }],
      'names Ichiro Suzuki / Ichiro Suzuki',
    ],
  ];
  for (const [label, [na, xa], [nb, xb], line] of cases) {
    it(`puts up ${label}`, () => {
      const a = p(na, xa);
      const b = p(nb, xb);
      const r = findDuplicates([a, b]);
      expect(r.autoMerge).toEqual([]);
      expect(ids(r).review).toEqual([[a.id, b.id].sort()]);
      const reasons = r.review[0]!.reasons;
      const [first, second] = reasons[0]?.kind === 'names' && reasons[0].a === na ? [na, nb] : [nb, na];
      expect(explainDedupLine(reasons, 'en')).toBe(
        first === na ? line : line.replace(`${na} / ${nb}`, `${nb} / ${na}`).replace(second, second),
      );
    });
  }

  it('leaves alone what is not a duplicate', () => {
    const r = findDuplicates([
      p('Taro Yamada', { companyName: 'Acme' }),
      p('Hanako Yamada', { companyName: 'Acme' }),
      p('John Smith', { companyName: 'Acme' }),
      p('John Smith', { companyName: 'Globex' }),
      p('Mei Chen', email('mei@gmail.com')),
      p('Mei Chan', email('chan@gmail.com')),
    ]);
    expect(r).toMatchObject({ autoMerge: [], review: [] });
  });

  it('writes the reasons in Japanese', () => {
    const a = p('Bob Smith', { companyName: 'Acme Corp.' });
    const b = p('Robert Smith', { companyName: 'ACME Inc' });
    const [pair] = findDuplicates([a, b]).review;
    expect(explainDedupLine(pair!.reasons, 'ja')).toMatch(
      /^氏名 (Bob|Robert) Smith \/ (Robert|Bob) Smith（愛称）、同じ会社 /,
    );
  });
});

describe('findDuplicates: blocking and determinism', () => {
  it('compares a few neighbours per person, never all pairs, and still finds the duplicate', () => {
    // Made-up names that share nothing but their company (2000 people in 50 companies).
    const word = (n: number): string => {
      let s = '';
      for (let k = 0, x = n; k < 3; k += 1, x = Math.floor(x / 85) + k * 31) {
        s += 'bcdfghjklmnprstvz'[x % 17]! + 'aeiou'[Math.floor(x / 17) % 5]!;
      }
      return s[0]!.toUpperCase() + s.slice(1);
    };
    const people = Array.from({ length: 2000 }, (_, i) =>
      p(`${word(i * 7919 + 13)} ${word(i * 104_729 + 7)}`, { companyName: `Company ${i % 50}` }),
    );
    const dup = p(`${people[123]!.displayName.split(' ')[1]}, ${people[123]!.displayName.split(' ')[0]}`, {
      companyName: 'Company 23',
    });
    const r = findDuplicates([...people, dup]);
    expect(r.stats.people).toBe(2001);
    expect(r.stats.comparedPairs).toBeLessThan(2001 * 5);
    expect(ids(r).review).toContainEqual([people[123]!.id, dup.id].sort());
  });

  it('gives the same answer whatever the order of the records', () => {
    const people = [
      p('Taro Yamada', { companyName: 'Acme', ...email('ty@acme.com') }),
      p('山田 太郎', email('TY@acme.com')),
      p('Bob Smith', { companyName: 'Acme' }),
      p('Robert Smith', { companyName: 'Acme', ...phone('03-1111-2222') }),
      p('Robert Smith', phone('0311112222')),
      p('Hanako Sato', { companyName: 'Acme', ...phone('03-9999-0000') }),
      p('Ken Ito', { companyName: 'Acme', ...phone('03-9999-0000') }),
    ];
    const expected = findDuplicates(people);
    fc.assert(
      fc.property(fc.shuffledSubarray(people, { minLength: people.length }), (shuffled) => {
        const r = findDuplicates(shuffled);
        expect(r.autoMerge).toEqual(
          expected.autoMerge.map((c) => ({ ...c, reasons: expect.arrayContaining(c.reasons) as unknown })),
        );
        expect(ids(r).review).toEqual(ids(expected).review);
      }),
      { numRuns: 30 },
    );
  });
});

describe('findDuplicates: decisions already made', () => {
  it('never proposes a pair someone marked as two people', () => {
    const a = p('Bob Smith', { companyName: 'Acme', ...email('bob@acme.com') });
    const b = p('Robert Smith', { companyName: 'Acme', ...email('bob@acme.com') });
    const c = p('Robert Smith', { companyName: 'Acme' });
    const judged = { ...a, notDuplicateOf: [b.id] };
    const r = findDuplicates([judged, b, c]);
    expect(r.autoMerge).toEqual([]);
    expect(ids(r).review).not.toContainEqual([a.id, b.id].sort());
    expect(ids(r).review).toContainEqual([b.id, c.id].sort());
  });
});

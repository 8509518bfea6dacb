import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathScore, rankIntroducers, warmMap, type TeamData } from './best-path';
import { explainPath, formatDuration } from './format-path';
import { introOutcome, responsivenessByIntroducer } from './responsiveness';
import { DAY, NOW, clock, interaction, intro, person, rel } from './test-factories';

const ACME = '01900000-0000-7000-8000-0000000ac0e0';
const target = person('Taro Yamada', { companyName: 'ACME Corp.' });
const colleague = person('Hanako Sato', { companyId: ACME, companyName: 'Acme' });
const other = person('Ken Ito', { companyName: 'Globex' });
const T = target.id;
const TZ = { timeZone: 'UTC', now: NOW };

function meetings(member: string, pid: string, days: number[]) {
  return days.map((d) => interaction(member, pid, 'meeting', NOW - d * DAY, { direction: 'both' }));
}

const data: TeamData = {
  people: [target, colleague, other],
  relationships: [
    rel('m1', T),
    rel('m2', T, { happyToIntroduce: true }),
    rel('m3', colleague.id, { happyToIntroduce: true }),
    rel('m4', T),
    rel('m6', T), // a saved card, no contact: not a path
  ],
  interactions: [
    ...meetings('m1', T, [3, 40, 90]),
    ...meetings('m2', T, [10, 60]),
    ...meetings('m3', colleague.id, [1, 5, 9, 20, 30, 50]),
    ...meetings('m4', T, [3, 40, 90]),
    ...meetings('m5', T, [1, 2, 3, 4]),
    ...meetings('m1', other.id, [1, 2]),
  ],
  introRequests: [
    intro('m5', 'm2', other.id, NOW - 100 * DAY, [{ status: 'accepted', at: NOW - 100 * DAY + DAY }]),
    intro('m5', 'm2', other.id, NOW - 50 * DAY, [
      { status: 'accepted', at: NOW - 49 * DAY },
      { status: 'done', at: NOW - 40 * DAY },
    ]),
    intro('m5', 'm4', other.id, NOW - 90 * DAY),
    intro('m5', 'm4', other.id, NOW - 60 * DAY),
    intro('m5', 'm4', other.id, NOW - 30 * DAY),
  ],
};

describe('rankIntroducers', () => {
  const ranked = rankIntroducers(T, data, { clock, exclude: ['m5'] });

  it('ranks by strength, responsiveness and willingness, one entry per member', () => {
    // m2 knows the target less well than m1, but says yes quickly and is happy to introduce.
    expect(ranked.map((p) => [p.introducerId, p.degree])).toEqual([
      ['m2', 1],
      ['m1', 1],
      ['m4', 1],
      ['m3', 2],
    ]);
    const [m2, m1, m4, m3] = ranked;
    expect(m2!.strength.score).toBeLessThan(m1!.strength.score);
    expect(m1?.strength.score).toBe(m4?.strength.score);
    // Same strength, but m4 left three requests unanswered.
    expect(m1!.score).toBeGreaterThan(m4!.score);
    expect(m2!.happyToIntroduce).toBe(true);
    expect(m3!.viaPersonId).toBe(colleague.id);
    expect(ranked.every((p) => p.score >= 0 && p.score <= 100)).toBe(true);
  });

  it('explains every entry', () => {
    for (const p of ranked) expect(p.reasons.length).toBeGreaterThan(1);
    const m2 = ranked.find((p) => p.introducerId === 'm2')!;
    expect(explainPath(m2.reasons, { locale: 'en', ...TZ })).toEqual([
      'medium relationship (56): met in person twice, last 10 days ago; exchanges go both ways',
      'happy to introduce',
      'accepted 2 of 2 intro requests; usually answers within 1 day',
    ]);
    const m4 = ranked.find((p) => p.introducerId === 'm4')!;
    expect(explainPath(m4.reasons, { locale: 'ja', ...TZ })[1]).toBe('紹介依頼 3件中 0件を承諾、未回答 3件');
    const m3 = ranked.find((p) => p.introducerId === 'm3')!;
    expect(explainPath(m3.reasons, { locale: 'en', ...TZ })[0]).toMatch(
      /^knows Hanako Sato at the same company, strong \(\d+\): met in person 6 times, last yesterday/,
    );
    expect(explainPath(m3.reasons, { locale: 'ja', ...TZ })[0]).toMatch(
      /^同じ会社のHanako Satoさんと面識 強（\d+）：対面 6回（最終 昨日）/,
    );
    const m1 = ranked.find((p) => p.introducerId === 'm1')!;
    expect(explainPath(m1.reasons, { locale: 'en', ...TZ })).toContain('no intro requests answered yet');
  });

  it('leaves out the requester and people without contact', () => {
    expect(ranked.some((p) => p.introducerId === 'm5' || p.introducerId === 'm6')).toBe(false);
    expect(rankIntroducers(T, data, { clock }).map((p) => p.introducerId)).toContain('m5');
    expect(rankIntroducers(T, data, { clock, limit: 2 })).toHaveLength(2);
  });

  it('lets an override decide the strength part', () => {
    const d = { ...data, relationships: [...data.relationships, rel('m7', T, { override: 'close' })] };
    expect(rankIntroducers(T, d, { clock })[0]?.introducerId).toBe('m7');
  });

  it('returns nothing for an unknown target', () => {
    expect(rankIntroducers('01900000-0000-7000-8000-00000000ffff', data, { clock })).toEqual([]);
  });

  it('is deterministic whatever the order of the tables', () => {
    const key = (d: TeamData) => JSON.stringify(rankIntroducers(T, d, { clock }));
    const expected = key(data);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...data.relationships], { minLength: data.relationships.length }),
        fc.shuffledSubarray([...data.interactions], { minLength: data.interactions.length }),
        fc.shuffledSubarray([...data.introRequests], { minLength: data.introRequests.length }),
        fc.shuffledSubarray([...data.people], { minLength: data.people.length }),
        (relationships, interactions, introRequests, people) => {
          expect(key({ people, relationships, interactions, introRequests })).toBe(expected);
        },
      ),
    );
  });

  it('ranks by a score that grows with strength, responsiveness and willingness', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (a, b, rate, happy) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(pathScore(hi, rate, happy, 1)).toBeGreaterThanOrEqual(pathScore(lo, rate, happy, 1));
          expect(pathScore(hi, rate, true, 1)).toBeGreaterThanOrEqual(pathScore(hi, rate, false, 1));
          expect(pathScore(hi, rate, happy, 1)).toBeGreaterThanOrEqual(pathScore(hi, rate, happy, 2));
          expect(pathScore(hi, rate, happy, 1)).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});

describe('warmMap', () => {
  it('lists everyone known at the company with the strongest path first', () => {
    const map = warmMap({ id: ACME, name: 'ACME株式会社' }, data, { clock });
    expect(map.map((e) => e.person.id)).toEqual([colleague.id, T]);
    expect(map[1]?.paths.map((p) => p.introducerId)).toEqual(['m5', 'm2', 'm1', 'm4']);
    expect(map[1]?.best.introducerId).toBe('m5');
    expect(warmMap({ id: ACME }, data, { clock }).map((e) => e.person.id)).toEqual([colleague.id]);
    expect(warmMap({ id: ACME, name: 'Acme' }, data, { clock, exclude: ['m5'] })[1]?.best.introducerId).toBe(
      'm2',
    );
  });
});

describe('responsiveness', () => {
  it('reads outcomes from the history', () => {
    const acc = intro('a', 'b', T, NOW - 10 * DAY, [{ status: 'accepted', at: NOW - 9 * DAY }]);
    expect(introOutcome(acc, NOW)).toMatchObject({ outcome: 'accepted', answeredAt: NOW - 9 * DAY });
    expect(introOutcome(intro('a', 'b', T, NOW - 20 * DAY), NOW).outcome).toBe('ignored');
    expect(introOutcome(intro('a', 'b', T, NOW - 2 * DAY), NOW).outcome).toBe('pending');
    const wd = intro('a', 'b', T, NOW - 20 * DAY, [{ status: 'withdrawn', at: NOW - 19 * DAY }]);
    expect(introOutcome(wd, NOW).outcome).toBe('withdrawn');
    const dec = intro('a', 'b', T, NOW - 20 * DAY, [{ status: 'declined', at: NOW - 15 * DAY }]);
    expect(introOutcome(dec, NOW)).toMatchObject({ outcome: 'declined', answeredAt: NOW - 15 * DAY });
    const legacy = { ...intro('a', 'b', T, NOW - 20 * DAY), status: 'done' as const };
    expect(introOutcome(legacy, NOW)).toMatchObject({ outcome: 'accepted', done: true });
  });

  it('pulls a short history towards the middle', () => {
    const r = responsivenessByIntroducer(data.introRequests, NOW);
    expect(r.get('m2')?.rate).toBeGreaterThan(0.75);
    expect(r.get('m4')?.rate).toBeLessThan(0.25);
    expect(r.get('m2')?.medianAnswerMs).toBe(DAY);
  });

  it('formats durations in both languages', () => {
    expect(formatDuration(DAY, 'en')).toBe('1 day');
    expect(formatDuration(5 * 3_600_000, 'en')).toBe('5 hours');
    expect(formatDuration(3 * DAY, 'ja')).toBe('3日');
    expect(formatDuration(60_000 * 5, 'en')).toBe('5 minutes');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interaction, InteractionKind } from '../model';
import { explainStrength, explainStrengthLine } from './format-strength';
import { OVERRIDE_SCORES, computeStrength, pointsToScore, type StrengthResult } from './strength';
import { DAY, NOW, clock, interaction, rel } from './test-factories';

const P = '01900000-0000-7000-8000-00000000abcd';
const base = { memberId: 'm1', personId: P };
const opts = { clock, halfLifeDays: 180 };
const TZ = { timeZone: 'UTC', now: NOW };

describe('computeStrength', () => {
  it('scores nothing as weak with a reason', () => {
    const s = computeStrength(base, [], opts);
    expect(s).toMatchObject({ score: 0, band: 'weak', reasons: [{ kind: 'no-contact' }] });
    expect(explainStrength(s.reasons, { locale: 'en', ...TZ })).toEqual(['no contact logged yet']);
    expect(explainStrength(s.reasons, { locale: 'ja', ...TZ })).toEqual(['接触の記録なし']);
  });

  it('weights kinds 3/1/0.5/0.5/2/0 on the day they happen', () => {
    const kinds: [InteractionKind, number][] = [
      ['meeting', 3],
      ['call', 1],
      ['email', 0.5],
      ['message', 0.5],
      ['event', 2],
      ['note', 0],
    ];
    for (const [kind, pts] of kinds) {
      const s = computeStrength(base, [interaction('m1', P, kind, NOW)], opts);
      expect(s.points).toBeCloseTo(pts, 10);
      expect(s.score).toBe(pointsToScore(pts));
    }
  });

  it('halves a contact after one half-life and honours the setting', () => {
    const old = [interaction('m1', P, 'meeting', NOW - 180 * DAY)];
    expect(computeStrength(base, old, opts).points).toBeCloseTo(1.5, 10);
    expect(computeStrength(base, old, { clock, halfLifeDays: 90 }).points).toBeCloseTo(0.75, 10);
    expect(computeStrength(base, old, { clock }).points).toBeCloseTo(1.5, 10);
  });

  it('maps points onto 0–100 with the documented curve and bands', () => {
    expect(pointsToScore(3)).toBeCloseTo(31.3, 1);
    expect(pointsToScore(8.5)).toBeCloseTo(65.4, 1);
    expect(pointsToScore(1e6)).toBe(100);
    const one = computeStrength(base, [interaction('m1', P, 'meeting', NOW)], opts);
    expect(one.band).toBe('medium');
    const call = computeStrength(base, [interaction('m1', P, 'call', NOW)], opts);
    expect(call.band).toBe('weak');
  });

  it('adds a quarter for two-way exchanges, not for one-way streams', () => {
    const out = [0, 1, 2, 3].map((d) =>
      interaction('m1', P, 'email', NOW - d * DAY, { direction: 'outbound' }),
    );
    const oneWay = computeStrength(base, out, opts);
    const replied = computeStrength(
      base,
      [...out, interaction('m1', P, 'email', NOW, { direction: 'inbound' })],
      opts,
    );
    const both = computeStrength(base, [interaction('m1', P, 'call', NOW, { direction: 'both' })], opts);
    expect(oneWay.reasons.some((r) => r.kind === 'two-way')).toBe(false);
    expect(replied.reasons.some((r) => r.kind === 'two-way')).toBe(true);
    expect(both.points).toBeCloseTo(1.25, 10);
    const sumDecayed = out.reduce((s, it) => s + 0.5 * Math.pow(2, -(NOW - it.at) / (180 * DAY)), 0.5);
    expect(replied.points).toBeCloseTo(sumDecayed * 1.25, 10);
  });

  it('ignores other members, other people, deleted rows and notes for direction', () => {
    const list = [
      interaction('m2', P, 'meeting', NOW),
      interaction('m1', '01900000-0000-7000-8000-0000000000ff', 'meeting', NOW),
      interaction('m1', P, 'meeting', NOW, { deletedAt: NOW, deletedBy: 'm1' }),
      interaction('m1', P, 'note', NOW, { direction: 'both' }),
    ];
    const s = computeStrength(base, list, opts);
    expect(s.points).toBe(0);
    expect(s.reasons).toEqual([{ kind: 'contact', interaction: 'note', count: 1, last: NOW, points: 0 }]);
  });

  it('counts a recorded first meeting like a call', () => {
    const r = rel('m1', P, { metAt: NOW - 10 * DAY, where: 'Tokyo Expo' });
    const s = computeStrength(r, [], opts);
    expect(s.points).toBeCloseTo(Math.pow(2, -10 / 180), 10);
    expect(explainStrengthLine(s.reasons, { locale: 'en', ...TZ })).toBe(
      'first met 10 days ago at Tokyo Expo',
    );
    expect(explainStrengthLine(s.reasons, { locale: 'ja', ...TZ })).toBe('初対面 10日前（Tokyo Expo）');
  });

  it('lets the override win and still explains the contacts', () => {
    const many = Array.from({ length: 30 }, (_, i) => interaction('m1', P, 'meeting', NOW - i * DAY));
    const s = computeStrength(rel('m1', P, { override: 'met-once' }), many, opts);
    expect(s.score).toBe(OVERRIDE_SCORES['met-once']);
    expect(s.band).toBe('weak');
    expect(s.reasons[0]).toMatchObject({ kind: 'override', override: 'met-once' });
    expect(s.reasons[1]).toMatchObject({ kind: 'contact', interaction: 'meeting', count: 30 });
    const close = computeStrength(rel('m1', P, { override: 'close' }), [], opts);
    expect(close).toMatchObject({ score: 90, band: 'strong' });
    expect(computeStrength(rel('m1', P, { override: 'know-well' }), [], opts).band).toBe('medium');
  });

  it('renders the explanation in English and Japanese', () => {
    const list = [
      interaction('m1', P, 'meeting', Date.parse('2026-10-02T05:00:00Z') - 120 * DAY),
      interaction('m1', P, 'meeting', Date.parse('2026-06-04T05:00:00Z')),
      ...[15, 16, 17, 20, 14].map((d) => interaction('m1', P, 'email', NOW - d * DAY)),
    ];
    const s = computeStrength(base, list, opts);
    expect(explainStrengthLine(s.reasons, { locale: 'en', ...TZ })).toBe(
      'met in person twice, last on 2026-06-04; 5 emails, last 2 weeks ago',
    );
    expect(explainStrengthLine(s.reasons, { locale: 'ja', ...TZ })).toBe(
      '対面 2回（最終 2026-06-04）、メール 5通（最終 2週間前）',
    );
    const single = computeStrength(
      base,
      [interaction('m1', P, 'call', NOW - DAY, { direction: 'both' })],
      opts,
    );
    expect(explainStrength(single.reasons, { locale: 'en', ...TZ })).toEqual([
      '1 call, yesterday',
      'exchanges go both ways',
    ]);
    expect(explainStrength(single.reasons, { locale: 'ja', ...TZ })).toEqual([
      '電話 1回（昨日）',
      '双方向のやり取りあり',
    ]);
    const o = computeStrength(rel('m1', P, { override: 'close' }), [], opts);
    expect(explainStrength(o.reasons, { locale: 'ja', ...TZ })[0]).toBe('「親しい」に設定');
    expect(explainStrength(o.reasons, { locale: 'en', ...TZ })[0]).toBe('marked “close”');
  });
});

const kindArb = fc.constantFrom<InteractionKind>('meeting', 'call', 'email', 'message', 'event', 'note');
const dirArb = fc.constantFrom<Interaction['direction']>(undefined, 'inbound', 'outbound', 'both');
const itArb = fc
  .record({ kind: kindArb, age: fc.integer({ min: -30, max: 3000 }), dir: dirArb })
  .map(({ kind, age, dir }) =>
    interaction('m1', P, kind, NOW - age * DAY, dir === undefined ? {} : { direction: dir }),
  );
const listArb = fc.array(itArb, { maxLength: 25 });
const overrideArb = fc.constantFrom(undefined, 'close', 'know-well', 'met-once' as const);
const halfLifeArb = fc.integer({ min: 7, max: 3650 });

function strength(
  list: Interaction[],
  halfLifeDays: number,
  override?: 'close' | 'know-well' | 'met-once',
): StrengthResult {
  return computeStrength(override ? rel('m1', P, { override }) : base, list, { clock, halfLifeDays });
}

describe('strength properties', () => {
  it('stays within 0–100 and always has reasons', () => {
    fc.assert(
      fc.property(listArb, halfLifeArb, overrideArb, (list, h, o) => {
        const s = strength(list, h, o);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(s.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never drops when an interaction is added', () => {
    fc.assert(
      fc.property(listArb, itArb, fc.nat(), halfLifeArb, (list, extra, pos, h) => {
        const i = pos % (list.length + 1);
        const more = [...list.slice(0, i), extra, ...list.slice(i)];
        expect(strength(more, h).score).toBeGreaterThanOrEqual(strength(list, h).score);
        expect(strength(more, h).points).toBeGreaterThanOrEqual(strength(list, h).points);
      }),
    );
  });

  it('never drops when a meeting is moved to a more recent date', () => {
    fc.assert(
      fc.property(
        listArb,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        halfLifeArb,
        dirArb,
        (list, a, b, h, dir) => {
          const [older, newer] = a >= b ? [a, b] : [b, a];
          const d = dir === undefined ? {} : { direction: dir };
          const before = strength([...list, interaction('m1', P, 'meeting', NOW - older * DAY, d)], h);
          const after = strength([...list, interaction('m1', P, 'meeting', NOW - newer * DAY, d)], h);
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });

  it('lets the override win whatever the contacts', () => {
    fc.assert(
      fc.property(
        listArb,
        halfLifeArb,
        fc.constantFrom('close', 'know-well', 'met-once' as const),
        (list, h, o) => {
          const s = strength(list, h, o);
          expect(s.score).toBe(OVERRIDE_SCORES[o]);
          expect(s.reasons[0]).toMatchObject({ kind: 'override', override: o });
        },
      ),
    );
  });

  it('does not depend on the order of interactions', () => {
    fc.assert(
      fc.property(listArb, halfLifeArb, (list, h) => {
        const a = strength(list, h);
        const b = strength([...list].reverse(), h);
        expect(b.score).toBe(a.score);
        expect(b.band).toBe(a.band);
      }),
    );
  });
});

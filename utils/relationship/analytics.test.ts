import { describe, expect, it } from 'vitest';
import {
  contactPointsByWeek,
  interactionsByKind,
  introFunnel,
  newPeopleByWeek,
  strongestCompanies,
} from './analytics';
import { DAY, NOW, clock, interaction, intro, person, rel } from './test-factories';
import { pointsToScore } from './strength';
import { isoWeekOf, weeksBetween } from './weeks';

const A = '01900000-0000-7000-8000-0000000000a1';
const B = '01900000-0000-7000-8000-0000000000b2';
// NOW is Friday 2026-10-16 09:00 UTC, in ISO week 2026-W42.
const range = { from: NOW - 20 * DAY, to: NOW, timeZone: 'UTC' };

describe('ISO weeks', () => {
  it('follows ISO 8601 across year ends and time zones', () => {
    expect(isoWeekOf(NOW, 'UTC')).toEqual({ key: '2026-W42', year: 2026, week: 42, monday: '2026-10-12' });
    expect(isoWeekOf(Date.parse('2021-01-03T12:00:00Z'), 'UTC').key).toBe('2020-W53');
    expect(isoWeekOf(Date.parse('2024-12-30T12:00:00Z'), 'UTC').key).toBe('2025-W01');
    expect(isoWeekOf(Date.parse('2026-01-01T00:00:00Z'), 'UTC').key).toBe('2026-W01');
    // Sunday 20:00 UTC is already Monday morning in Tokyo.
    const sunday = Date.parse('2026-10-11T20:00:00Z');
    expect(isoWeekOf(sunday, 'UTC').key).toBe('2026-W41');
    expect(isoWeekOf(sunday, 'Asia/Tokyo').key).toBe('2026-W42');
  });

  it('lists every week of a range, empty ones too', () => {
    expect(weeksBetween(range.from, range.to, 'UTC').map((w) => w.key)).toEqual([
      '2026-W39',
      '2026-W40',
      '2026-W41',
      '2026-W42',
    ]);
    expect(weeksBetween(NOW, NOW - DAY, 'UTC')).toEqual([]);
    const year = weeksBetween(Date.parse('2026-01-01T00:00:00Z'), Date.parse('2026-12-31T00:00:00Z'), 'UTC');
    expect(year).toHaveLength(53);
  });
});

describe('dashboard aggregations', () => {
  const its = [
    interaction('m1', [A, B], 'meeting', NOW - DAY),
    interaction('m1', A, 'email', NOW - 2 * DAY),
    interaction('m1', A, 'call', NOW - 8 * DAY),
    interaction('m2', B, 'message', NOW - 15 * DAY),
    interaction('m2', B, 'note', NOW - 15 * DAY),
    interaction('m2', B, 'event', NOW - 30 * DAY),
    interaction('m2', B, 'meeting', NOW - DAY, { deletedAt: NOW, deletedBy: 'm2' }),
  ];

  it('sums contact points per member per week, an interaction once', () => {
    expect(contactPointsByWeek(its, range)).toEqual({
      weeks: ['2026-W39', '2026-W40', '2026-W41', '2026-W42'],
      series: [
        { memberId: 'm1', values: [0, 0, 1, 3.5], total: 4.5 },
        { memberId: 'm2', values: [0, 0.5, 0, 0], total: 0.5 },
      ],
    });
  });

  it('counts interactions by kind inside the range', () => {
    expect(interactionsByKind(its, range)).toEqual({
      meeting: 1,
      event: 0,
      call: 1,
      email: 1,
      message: 1,
      note: 1,
    });
  });

  it('counts new people per week', () => {
    const people = [NOW, NOW - DAY, NOW - 9 * DAY, NOW - 60 * DAY].map((at, i) =>
      person(`P${i}`, { createdAt: at }),
    );
    people.push(person('gone', { createdAt: NOW, deletedAt: NOW, deletedBy: 'm1' }));
    expect(newPeopleByWeek(people, range).counts).toEqual([0, 0, 1, 2]);
  });

  it('tracks intro requests from asked to done with the median time to answer', () => {
    const reqs = [
      intro('m1', 'm2', A, NOW - 10 * DAY, [
        { status: 'accepted', at: NOW - 9 * DAY },
        { status: 'done', at: NOW - 5 * DAY },
      ]),
      intro('m1', 'm2', B, NOW - 10 * DAY, [{ status: 'declined', at: NOW - 7 * DAY }]),
      intro('m1', 'm3', A, NOW - 12 * DAY, [{ status: 'accepted', at: NOW - 7 * DAY }]),
      intro('m1', 'm3', B, NOW - 2 * DAY),
      intro('m2', 'm3', B, NOW - 19 * DAY),
      intro('m2', 'm1', B, NOW - 19 * DAY, [{ status: 'withdrawn', at: NOW - 18 * DAY }]),
      intro('m2', 'm1', B, NOW - 90 * DAY, [{ status: 'accepted', at: NOW - 89 * DAY }]),
    ];
    expect(introFunnel(reqs, range, NOW)).toEqual({
      asked: 6,
      accepted: 2,
      declined: 1,
      done: 1,
      withdrawn: 1,
      ignored: 1,
      pending: 1,
      medianAnswerMs: 3 * DAY,
    });
    expect(introFunnel([], range, NOW).medianAnswerMs).toBeNull();
  });

  it('finds the companies where the team is strongest', () => {
    const ACME = '01900000-0000-7000-8000-00000000ac00';
    const a1 = person('A1', { companyId: ACME, companyName: 'Acme Inc.' });
    const a2 = person('A2', { companyName: 'ACME' });
    const a3 = person('A3', { companyName: 'Acme, Inc.' });
    const g1 = person('G1', { companyName: 'Globex' });
    const n1 = person('N1');
    const data = {
      people: [a1, a2, a3, g1, n1],
      relationships: [rel('m1', a1.id, { override: 'close' }), rel('m2', a1.id), rel('m2', a3.id)],
      interactions: [
        interaction('m1', a2.id, 'meeting', NOW - DAY),
        interaction('m2', g1.id, 'meeting', NOW - DAY),
        interaction('m2', g1.id, 'meeting', NOW - 2 * DAY),
        interaction('m2', n1.id, 'meeting', NOW - DAY),
      ],
    };
    const top = strongestCompanies(data, { clock });
    expect(top.map((c) => [c.key, c.name, c.known, c.strong, c.medium])).toEqual([
      [`id:${ACME}`, 'ACME', 2, 1, 1],
      ['name:globex', 'Globex', 1, 0, 1],
    ]);
    expect(top[0]).toMatchObject({ companyId: ACME, best: { personId: a1.id, memberId: 'm1', score: 90 } });
    expect(top[0]?.score).toBeCloseTo(0.9 + pointsToScore(3 * Math.pow(2, -1 / 180)) / 100, 3);
    expect(strongestCompanies(data, { clock, limit: 1 })).toHaveLength(1);
  });
});

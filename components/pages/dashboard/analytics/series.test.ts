import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '@/utils/i18n';
import { DAY, NOW, interaction, intro, person } from '@/utils/relationship/test-factories';
import { chartData, chartOptions, labelStep } from './chart';
import {
  contactPointsChart,
  introWeeklyChart,
  kindsChart,
  lastWeeks,
  newPeopleChart,
  startOfDay,
} from './series';

// NOW is Friday 2026-10-16 09:00 UTC, in ISO week 2026-W42 (Monday 2026-10-12).
const P = '01900000-0000-7000-8000-0000000000a1';
const names: Record<string, string> = { m1: 'Aiko Kato', m2: 'Ben Ito' };
const nameOf = (id: string) => names[id] ?? id;

beforeEach(() => setLang('en'));

describe('analytics chart series', () => {
  it('covers whole weeks from a Monday in the viewer’s zone', () => {
    const utc = lastWeeks(4, NOW, 'UTC');
    expect(new Date(utc.from).toISOString()).toBe('2026-09-21T00:00:00.000Z');
    // To the end of this week: something logged for later today counts.
    expect(new Date(utc.to).toISOString()).toBe('2026-10-18T23:59:59.999Z');
    const tokyo = lastWeeks(4, NOW, 'Asia/Tokyo');
    expect(new Date(tokyo.from).toISOString()).toBe('2026-09-20T15:00:00.000Z');
    expect(startOfDay('2026-10-12', 'Asia/Kolkata')).toBe(Date.parse('2026-10-11T18:30:00Z'));
  });

  it('draws contact points per member per week with the undecayed 3/1/0.5 weights', () => {
    const range = lastWeeks(4, NOW, 'UTC');
    const spec = contactPointsChart(
      [
        interaction('m1', P, 'meeting', NOW - DAY),
        interaction('m1', P, 'email', NOW - 2 * DAY),
        interaction('m2', P, 'call', NOW - 8 * DAY),
        interaction('m2', P, 'meeting', NOW - 60 * DAY),
      ],
      range,
      nameOf,
      'en',
    );
    expect(spec.labels).toEqual(['Sep 21', 'Sep 28', 'Oct 5', 'Oct 12']);
    expect(spec.series.map((s) => [s.label, s.values])).toEqual([
      ['Aiko Kato', [0, 0, 0, 3.5]],
      ['Ben Ito', [0, 0, 1, 0]],
    ]);
    expect(spec.series[0]?.color).not.toBe(spec.series[1]?.color);
    // uPlot gets x as positions and one row per series.
    expect(chartData(spec)).toEqual([
      [0, 1, 2, 3],
      [0, 0, 0, 3.5],
      [0, 0, 1, 0],
    ]);
  });

  it('labels weeks in Japanese as month/day', () => {
    const spec = newPeopleChart([person('A', { createdAt: NOW })], lastWeeks(2, NOW, 'UTC'), 'ja-JP');
    expect(spec.labels).toEqual(['10/5', '10/12']);
    expect(spec.series[0]?.values).toEqual([0, 1]);
  });

  it('counts interactions by kind as bars', () => {
    const spec = kindsChart(
      [interaction('m1', P, 'email', NOW - DAY), interaction('m1', P, 'email', NOW - 3 * DAY)],
      lastWeeks(4, NOW, 'UTC'),
    );
    expect(spec.kind).toBe('bars');
    expect(spec.labels[3]).toBe('Email');
    expect(spec.series[0]?.values).toEqual([0, 0, 0, 2, 0, 0]);
  });

  it('counts intro requests asked, accepted and done in the week each happened', () => {
    const range = lastWeeks(3, NOW, 'UTC');
    const spec = introWeeklyChart(
      [
        intro('mia', 'aiko', P, NOW - 9 * DAY, [
          { status: 'accepted', at: NOW - 8 * DAY },
          { status: 'done', at: NOW - DAY },
        ]),
        intro('mia', 'ben', P, NOW - 2 * DAY, [{ status: 'declined', at: NOW - DAY }]),
      ],
      range,
      NOW,
      'en',
    );
    expect(spec.series.map((s) => [s.label, s.values])).toEqual([
      ['Asked', [0, 1, 1]],
      ['Accepted', [0, 1, 0]],
      ['Introduced', [0, 0, 1]],
    ]);
  });

  it('thins the week labels so a year stays readable, and starts y at zero', () => {
    expect(labelStep(52, 560)).toBe(6);
    expect(labelStep(4, 560)).toBe(1);
    const spec = newPeopleChart([], lastWeeks(52, NOW, 'UTC'), 'en');
    const opts = chartOptions(spec, 560, { fg: '#000', grid: '#ccc' });
    const axis = opts.axes?.[0];
    const values = axis?.values as (u: unknown, splits: number[]) => string[];
    const shown = values(
      null,
      spec.labels.map((_, i) => i),
    ).filter(Boolean);
    expect(shown.length).toBeLessThanOrEqual(10);
    const y = opts.scales?.y?.range as (u: unknown, min: number, max: number) => [number, number];
    expect(y(null, 0, 0)).toEqual([0, 1]);
    expect(y(null, 2, 10)).toEqual([0, 11]);
  });
});

import { rng, pick } from '../fixtures/dedup/generator';
import {
  computeStrength,
  rankIntroducers,
  strongestCompanies,
  warmMap,
  contactPointsByWeek,
} from '../../utils/relationship';
import type { Interaction, IntroRequest, Person, Relationship } from '../../utils/model';
import type { BenchResult } from './types';

/**
 * Relationship computations on a large team's data: 20 members, 50,000 people at 2,000 companies,
 * 200,000 interactions, 10,000 relationship rows, 2,000 intro requests.
 */

const DAY = 86_400_000;
const NOW = Date.parse('2026-10-16T00:00:00Z');
const clock = (): number => NOW;

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function best(runs: number, f: () => unknown): number {
  let out = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const start = cpuMs();
    f();
    out = Math.min(out, cpuMs() - start);
  }
  return out;
}

const id = (n: number): string => `01900000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const meta = (n: number, by: string) => ({
  id: id(n),
  createdAt: NOW - 400 * DAY,
  createdBy: by,
  updatedAt: NOW,
  updatedBy: by,
  deletedAt: null,
  deletedBy: null,
});

export function teamData() {
  const r = rng(42);
  const members = Array.from({ length: 20 }, (_, i) => `m${i}`);
  let n = 0;
  const people: Person[] = Array.from({ length: 50_000 }, (_, i) => ({
    ...meta((n += 1), 'm0'),
    displayName: `Person ${i}`,
    nameOrder: 'western',
    companyName: `Company ${i % 2000}`,
    emails: [],
    phones: [],
    links: [],
    tags: [],
    status: 'contact',
    visibility: 'team',
    provenance: {},
  }));
  const interactions: Interaction[] = Array.from({ length: 200_000 }, () => ({
    ...meta((n += 1), 'm0'),
    memberId: pick(r, members),
    personIds: [pick(r, people).id],
    kind: pick(r, ['meeting', 'call', 'email', 'email', 'message', 'event', 'note'] as const),
    at: NOW - Math.floor(r() * 700) * DAY,
    direction: pick(r, ['inbound', 'outbound', 'both'] as const),
    visibility: 'team',
  }));
  const relationships: Relationship[] = Array.from({ length: 10_000 }, () => ({
    ...meta((n += 1), 'm0'),
    memberId: pick(r, members),
    personId: pick(r, people).id,
    happyToIntroduce: r() < 0.3,
    visibility: 'team',
  }));
  const introRequests: IntroRequest[] = Array.from({ length: 2000 }, () => {
    const at = NOW - Math.floor(r() * 300) * DAY;
    const introducerId = pick(r, members);
    return {
      ...meta((n += 1), 'm0'),
      requesterId: pick(r, members),
      introducerId,
      targetPersonId: pick(r, people).id,
      message: 'Please introduce me',
      status: 'accepted',
      history: [
        { status: 'asked', at, by: 'm0' },
        { status: 'accepted', at: at + Math.floor(r() * 5) * DAY, by: introducerId },
      ],
    };
  });
  // Through JSON, as records come out of the store: flat strings, not the concatenations built here.
  return JSON.parse(JSON.stringify({ people, interactions, relationships, introRequests })) as {
    people: Person[];
    interactions: Interaction[];
    relationships: Relationship[];
    introRequests: IntroRequest[];
  };
}

export async function run(): Promise<BenchResult[]> {
  const data = teamData();
  const target = data.people[1234]!;
  const tie = Array.from({ length: 50 }, (_, i) => ({
    ...data.interactions[i]!,
    memberId: 'm1',
    personIds: [target.id],
    at: NOW - i * 7 * DAY,
  }));
  const strengthUs =
    (best(5, () => {
      for (let i = 0; i < 10_000; i += 1)
        computeStrength({ memberId: 'm1', personId: target.id }, tie, { clock });
    }) /
      10_000) *
    1000;
  const rankMs = best(5, () => rankIntroducers(target.id, data, { clock }));
  const warmMs = best(5, () => warmMap({ id: id(999_999), name: 'Company 7' }, data, { clock }));
  const companiesMs = best(3, () => strongestCompanies(data, { clock, limit: 20 }));
  const chartMs = best(3, () =>
    contactPointsByWeek(data.interactions, { from: NOW - 365 * DAY, to: NOW, timeZone: 'Asia/Tokyo' }),
  );
  const row = (name: string, value: number, unit: string, goal: number): BenchResult => ({
    name,
    value,
    unit,
    goal: `≤ ${goal} ${unit}`,
    ok: value <= goal,
  });
  return [
    row(`relationship: strength of one tie with ${tie.length} interactions`, strengthUs, 'µs', 50),
    row('relationship: rank introducers for one person (200k interactions)', rankMs, 'ms', 100),
    row('relationship: warm map of one company', warmMs, 'ms', 100),
    row('relationship: strongest companies over 50k people', companiesMs, 'ms', 2000),
    row('relationship: contact points per member per week, one year', chartMs, 'ms', 1000),
  ];
}

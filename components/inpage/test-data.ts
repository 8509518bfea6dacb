import { CandidateSchema, type Candidate } from '@/utils/model';
import type { CompanyCardView, PersonCardView } from '@/utils/inpage/views';
import type { Ask } from './ask';

/** Fixed data and a recording fake of `ask` for the in-page component tests. */
export const NOW = Date.parse('2026-11-24T10:00:00Z');
export const DAY = 86_400_000;

export function candidate(extra: Partial<Candidate> = {}): Candidate {
  return CandidateSchema.parse({
    kind: 'person',
    name: 'Taro Yamada',
    title: 'CTO',
    company: 'Acme',
    emails: ['taro@acme.example'],
    links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/taro' }],
    sources: [
      { field: 'name', source: 'linkedin-profile' },
      { field: 'title', source: 'linkedin-profile' },
      { field: 'company', source: 'linkedin-profile' },
    ],
    confidence: 0.9,
    url: 'https://www.linkedin.com/in/taro/',
    ...extra,
  });
}

export const PERSON_ID = '01900000-0000-7000-8000-000000000001';
export const COMPANY_ID = '01900000-0000-7000-8000-000000000002';

export function knownCard(): PersonCardView {
  return {
    person: {
      id: PERSON_ID,
      access: 'full',
      displayName: '山田 太郎',
      givenName: '太郎',
      familyName: '山田',
      nameOrder: 'family-first',
      title: 'CTO',
      companyName: 'Acme',
      emails: ['taro@acme.example'],
      phones: ['03-1234-5678'],
      links: [
        { kind: 'linkedin', url: 'https://www.linkedin.com/in/taro' },
        { kind: 'other', url: 'javascript:alert(1)' },
      ],
      tags: ['expo'],
      status: 'customer',
      visibility: 'team',
      sources: { emails: [{ source: 'linkedin-profile', host: 'linkedin.com', at: NOW - 10 * DAY }] },
    },
    matchedBy: 'hard',
    team: [
      {
        kind: 'full',
        memberId: 'aiko',
        name: 'Aiko Kato',
        initials: 'AK',
        score: 72,
        band: 'strong',
        reasons: [
          { kind: 'contact', interaction: 'email', count: 4, last: NOW - 14 * DAY, points: 2 },
          { kind: 'met', at: Date.parse('2026-03-12T10:00:00Z'), where: 'Tokyo Expo', points: 1 },
        ],
        happyToIntroduce: true,
      },
      { kind: 'signal', memberId: 'ben', name: 'Ben Ito', initials: 'BI' },
    ],
    defaults: { visibility: 'team', status: 'contact' },
  };
}

export function newCard(): PersonCardView {
  return { team: [], defaults: { visibility: 'signal', status: 'lead' } };
}

export function companyCard(): CompanyCardView {
  return {
    count: 2,
    people: [
      {
        personId: PERSON_ID,
        access: 'full',
        displayName: '山田 太郎',
        nameOrder: 'family-first',
        title: 'CTO',
        knownBy: [
          {
            kind: 'full',
            memberId: 'aiko',
            name: 'Aiko Kato',
            initials: 'AK',
            score: 72,
            band: 'strong',
            reasons: [],
            happyToIntroduce: false,
          },
        ],
        mine: false,
      },
      {
        personId: '01900000-0000-7000-8000-000000000003',
        access: 'signal',
        displayName: 'Jane Roe',
        nameOrder: 'western',
        knownBy: [{ kind: 'signal', memberId: 'ben', name: 'Ben Ito', initials: 'BI' }],
        mine: true,
      },
    ],
    defaults: { visibility: 'team', status: 'other' },
  };
}

export interface Call {
  type: string;
  data: unknown;
}

/** A fake background: answers from `replies` by message type and records every call. */
export function fakeAsk(replies: Record<string, unknown>): { ask: Ask; calls: Call[] } {
  const calls: Call[] = [];
  const ask = (async (type: string, data: unknown) => {
    calls.push({ type, data });
    const reply = replies[type];
    if (reply instanceof Error) throw reply;
    if (typeof reply === 'function') return (reply as (d: unknown) => unknown)(data);
    if (reply === undefined) throw new Error(`no fake reply for ${type}`);
    return reply;
  }) as Ask;
  return { ask, calls };
}

import type { Interaction, IntroRequest, Person, Relationship } from '../model';

/** Deterministic record builders for the tests of this folder. */

export const DAY = 86_400_000;
export const NOW = Date.parse('2026-10-16T09:00:00Z');
export const clock = (): number => NOW;

let seq = 0;
export function testId(): string {
  seq += 1;
  return `01900000-0000-7000-8000-${seq.toString(16).padStart(12, '0')}`;
}

const meta = (by = 'm1') => ({
  id: testId(),
  createdAt: NOW - 400 * DAY,
  createdBy: by,
  updatedAt: NOW - 400 * DAY,
  updatedBy: by,
  deletedAt: null,
  deletedBy: null,
});

export function person(displayName: string, extra: Partial<Person> = {}): Person {
  return {
    ...meta(),
    displayName,
    nameOrder: 'western',
    emails: [],
    phones: [],
    links: [],
    tags: [],
    status: 'contact',
    visibility: 'team',
    provenance: {},
    ...extra,
  };
}

export function rel(memberId: string, personId: string, extra: Partial<Relationship> = {}): Relationship {
  return { ...meta(memberId), memberId, personId, happyToIntroduce: false, visibility: 'team', ...extra };
}

export function interaction(
  memberId: string,
  personId: string | string[],
  kind: Interaction['kind'],
  at: number,
  extra: Partial<Interaction> = {},
): Interaction {
  const personIds = Array.isArray(personId) ? personId : [personId];
  return { ...meta(memberId), memberId, personIds, kind, at, visibility: 'team', ...extra };
}

export function intro(
  requesterId: string,
  introducerId: string,
  targetPersonId: string,
  askedAt: number,
  steps: { status: IntroRequest['status']; at: number }[] = [],
): IntroRequest {
  const history: IntroRequest['history'] = [
    { status: 'asked', at: askedAt, by: requesterId },
    ...steps.map((s) => ({ ...s, by: s.status === 'withdrawn' ? requesterId : introducerId })),
  ];
  const last = steps[steps.length - 1];
  return {
    ...meta(requesterId),
    createdAt: askedAt,
    updatedAt: last?.at ?? askedAt,
    requesterId,
    introducerId,
    targetPersonId,
    message: 'Could you introduce me?',
    status: last?.status ?? 'asked',
    history,
  };
}

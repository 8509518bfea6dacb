import { describe, expect, it } from 'vitest';
import type { Interaction, IntroRequest, Relationship, Task } from '../model';
import { planMerge } from './merge';
import { email, p, phone } from './test-people';

const meta = (id: string) => ({
  id,
  createdAt: 1,
  createdBy: 'm1',
  updatedAt: 1,
  updatedBy: 'm1',
  deletedAt: null,
  deletedBy: null,
});
const rid = (n: number) => `01900000-0000-7000-8000-0000000f${n.toString(16).padStart(4, '0')}`;

describe('planMerge', () => {
  const a = p('Taro Yamada', {
    companyName: 'Acme',
    title: 'Engineer',
    ...email('taro@acme.co.jp'),
    ...phone('03-1234-5678'),
    tags: ['client'],
    provenance: { title: [{ source: 'import:csv', at: 100, confidence: 0.6 }] },
  });
  const b = p('山田 太郎', {
    title: 'Engineering Manager',
    familyNamePhonetic: 'やまだ',
    emails: [{ value: 'TARO@acme.co.jp' }, { value: 'taro.y@gmail.com' }],
    phones: [{ raw: '090-1111-2222', e164: '+819011112222' }],
    links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/taro' }],
    tags: ['Client', 'tokyo'],
    notes: 'Met at Expo.',
    provenance: { title: [{ source: 'linkedin-profile', at: 200, confidence: 0.9 }] },
  });
  const rels: Relationship[] = [
    { ...meta(rid(1)), memberId: 'm1', personId: a.id, happyToIntroduce: false, visibility: 'team' },
    {
      ...meta(rid(2)),
      memberId: 'm1',
      personId: b.id,
      metAt: 5,
      where: 'Expo',
      happyToIntroduce: true,
      visibility: 'team',
    },
    { ...meta(rid(3)), memberId: 'm2', personId: b.id, happyToIntroduce: false, visibility: 'team' },
  ];
  const its: Interaction[] = [
    { ...meta(rid(4)), memberId: 'm1', personIds: [b.id, a.id], kind: 'meeting', at: 9, visibility: 'team' },
    { ...meta(rid(5)), memberId: 'm1', personIds: [a.id], kind: 'call', at: 9, visibility: 'team' },
  ];
  const tasks: Task[] = [
    { ...meta(rid(6)), title: 'Follow up', personId: b.id, done: false, visibility: 'team' },
  ];
  const intros: IntroRequest[] = [
    {
      ...meta(rid(7)),
      requesterId: 'm2',
      introducerId: 'm1',
      targetPersonId: b.id,
      message: 'Hi',
      status: 'asked',
      history: [],
    },
  ];
  const plan = planMerge(
    a,
    b,
    {},
    { relationships: rels, interactions: its, tasks, introRequests: intros },
    { at: 1000, by: 'm3' },
  );

  it('keeps the survivor and every address, number, link and tag', () => {
    expect(plan).toMatchObject({ version: 1, survivorId: a.id, mergedId: b.id });
    expect(plan.merged.id).toBe(a.id);
    expect(plan.merged.emails.map((e) => e.value)).toEqual(['taro@acme.co.jp', 'taro.y@gmail.com']);
    expect(plan.merged.phones.map((x) => x.raw)).toEqual(['03-1234-5678', '090-1111-2222']);
    expect(plan.merged.links).toEqual(b.links);
    expect(plan.merged.tags).toEqual(['client', 'tokyo']);
    expect(plan.merged.notes).toBe('Met at Expo.');
    expect(plan.merged.familyNamePhonetic).toBe('やまだ');
    expect(plan.merged).toMatchObject({ updatedAt: 1000, updatedBy: 'm3' });
  });

  it('takes the surest value by default and the chosen one when told', () => {
    expect(plan.merged.title).toBe('Engineering Manager');
    expect(plan.choices.title).toBe('b');
    expect(plan.merged.provenance.title?.map((x) => x.source)).toEqual([
      'import:csv',
      'linkedin-profile',
      'merge',
    ]);
    const chosen = planMerge(a, b, { title: 'a', displayName: 'b' });
    expect(chosen.merged.title).toBe('Engineer');
    expect(chosen.merged.displayName).toBe('山田 太郎');
  });

  it('re-points what named the merged record, folding a member’s second relationship', () => {
    expect(plan.repoint).toEqual([
      {
        entity: 'relationship',
        id: rid(1),
        before: { metAt: null, where: null, happyToIntroduce: false },
        after: { metAt: 5, where: 'Expo', happyToIntroduce: true },
      },
      { entity: 'relationship', id: rid(3), before: { personId: b.id }, after: { personId: a.id } },
      {
        entity: 'interaction',
        id: rid(4),
        before: { personIds: [b.id, a.id] },
        after: { personIds: [a.id] },
      },
      { entity: 'task', id: rid(6), before: { personId: b.id }, after: { personId: a.id } },
      {
        entity: 'introRequest',
        id: rid(7),
        before: { targetPersonId: b.id },
        after: { targetPersonId: a.id },
      },
    ]);
    expect(plan.trash).toEqual([
      { entity: 'person', id: b.id },
      { entity: 'relationship', id: rid(2) },
    ]);
  });

  it('is plain data holding the two originals exactly', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(plan.originals).toEqual({ a, b });
    expect(plan.originals.a).not.toBe(a);
  });
});

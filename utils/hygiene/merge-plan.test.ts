import { describe, expect, it } from 'vitest';
import { PersonSchema, type Person, type PersonInput } from '@/utils/model';
import { absorbImported } from './absorb';
import { defaultChoices, mergedPerson } from './merge-plan';

let n = 0;
function person(fields: Partial<PersonInput>, updatedAt = 1_000): Person {
  n += 1;
  return PersonSchema.parse({
    id: `019abc00-0000-7000-8000-${String(n).padStart(12, '0')}`,
    createdAt: n,
    createdBy: 'local',
    updatedAt,
    updatedBy: 'local',
    displayName: 'Someone',
    ...fields,
  });
}
const prov = (source: 'manual' | 'import:csv' | 'linkedin', at: number, confidence: number) => [
  { source, at, confidence },
];

describe('defaultChoices', () => {
  it('takes the surer source, then the newer, and a value only one side has', () => {
    const a = person({
      title: 'CTO',
      companyName: 'Acme',
      location: 'Tokyo',
      provenance: {
        title: prov('manual', 10, 1),
        companyName: prov('import:csv', 10, 0.9),
        location: prov('import:csv', 10, 0.9),
      },
    });
    const b = person({
      title: 'VP',
      companyName: 'Acme K.K.',
      location: 'Osaka',
      givenName: 'Ann',
      provenance: {
        title: prov('import:csv', 99, 0.9),
        companyName: prov('manual', 5, 1),
        location: prov('import:csv', 20, 0.9),
      },
    });
    const c = defaultChoices(a, b);
    expect(c.title).toBe('a');
    expect(c.companyName).toBe('b');
    expect(c.location).toBe('b');
    expect(c.givenName).toBe('b');
    expect(c.familyName).toBe('a');
  });

  it('without any recorded source, the more recently changed record wins a conflict', () => {
    expect(defaultChoices(person({ title: 'A' }, 5), person({ title: 'B' }, 9)).title).toBe('b');
    expect(defaultChoices(person({ title: 'A' }, 9), person({ title: 'B' }, 5)).title).toBe('a');
  });
});

describe('mergedPerson', () => {
  it('keeps the survivor id, every entry of both, both histories and a merge stamp on changed fields', () => {
    const a = person({
      displayName: '山田 太郎',
      nameOrder: 'family-first',
      emails: [{ value: 'taro@x.co.jp' }],
      phones: [{ raw: '03-1234-5678', e164: '+81312345678' }],
      tags: ['Expo'],
      notes: 'first',
      notDuplicateOf: ['019abc00-0000-7000-8000-999999999999'],
      provenance: { displayName: prov('manual', 1, 1) },
    });
    const b = person({
      displayName: 'Taro Yamada',
      emails: [{ value: 'TARO@x.co.jp' }, { value: 'taro@gmail.com' }],
      phones: [{ raw: '+81 3 1234 5678', e164: '+81312345678' }, { raw: '090-1111-2222' }],
      tags: ['expo', 'vip'],
      notes: 'second',
      provenance: { displayName: prov('linkedin', 2, 0.8) },
    });
    const m = mergedPerson(a, b, { displayName: 'b' }, { at: 50, by: 'm1' });
    expect(m.id).toBe(a.id);
    expect(m.createdAt).toBe(a.createdAt);
    expect(m.displayName).toBe('Taro Yamada');
    expect(m.nameOrder).toBe('western');
    expect(m.emails.map((e) => e.value)).toEqual(['taro@x.co.jp', 'taro@gmail.com']);
    expect(m.phones.map((p) => p.raw)).toEqual(['03-1234-5678', '090-1111-2222']);
    expect(m.tags).toEqual(['Expo', 'vip']);
    expect(m.notes).toBe('first\n\nsecond');
    expect(m.notDuplicateOf).toEqual(['019abc00-0000-7000-8000-999999999999']);
    expect(m.provenance.displayName?.map((p) => p.source)).toEqual(['manual', 'linkedin', 'merge']);
    expect(m.provenance.displayName?.at(-1)).toMatchObject({ at: 50, by: 'm1', confidence: 0.8 });
    expect(PersonSchema.safeParse(m).success).toBe(true);
  });
});

describe('absorbImported', () => {
  const file = (fields: Partial<PersonInput>) => {
    const {
      id: _i,
      createdAt: _c,
      createdBy: _cb,
      updatedAt: _u,
      updatedBy: _ub,
      deletedAt: _d,
      deletedBy: _db,
      ...rest
    } = person(fields);
    return rest;
  };

  it('fills empty fields, keeps hand-typed values, adds new emails, and stamps what it changed', () => {
    const here = person({
      title: 'CEO',
      emails: [{ value: 'ann@acme.com' }],
      provenance: { title: prov('manual', 1, 1) },
    });
    const row = file({
      title: 'Engineer',
      companyName: 'Acme',
      emails: [{ value: 'ANN@acme.com' }, { value: 'ann@home.example' }],
      provenance: {
        title: prov('import:csv', 9, 0.9),
        companyName: prov('import:csv', 9, 0.9),
        emails: prov('import:csv', 9, 0.9),
      },
    });
    const patch = absorbImported(here, row);
    expect(patch.title).toBeUndefined();
    expect(patch.companyName).toBe('Acme');
    expect(patch.emails?.map((e) => e.value)).toEqual(['ann@acme.com', 'ann@home.example']);
    expect(Object.keys(patch.provenance ?? {}).sort()).toEqual(['companyName', 'emails', 'title']);
    expect(patch.provenance?.title).toEqual(here.provenance.title);
  });

  it('a newer import replaces an older import of the same field; nothing new gives an empty patch', () => {
    const here = person({ title: 'PM', provenance: { title: prov('import:csv', 1, 0.9) } });
    expect(
      absorbImported(here, file({ title: 'Senior PM', provenance: { title: prov('import:csv', 9, 0.9) } }))
        .title,
    ).toBe('Senior PM');
    expect(
      absorbImported(here, file({ title: 'PM', provenance: { title: prov('import:csv', 9, 0.9) } })),
    ).toEqual({});
  });
});

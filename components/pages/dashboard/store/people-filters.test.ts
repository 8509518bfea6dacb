import { describe, expect, it } from 'vitest';
import { searchTokensOf } from '@/utils/db';
import { PersonSchema, type PersonInput } from '@/utils/model';
import { EMPTY_QUERY, filterPeople } from './people-filters';
import { personRow, PERSON_SORTS } from './people-index';

let n = 0;
function row(input: Partial<PersonInput> & { displayName: string }) {
  n += 1;
  const person = PersonSchema.parse({
    id: `01890a5d-ac96-774b-bcce-b3020990${String(n).padStart(4, '0')}`,
    createdAt: n,
    createdBy: 'local',
    updatedAt: n,
    updatedBy: 'local',
    ...input,
  });
  return personRow(person, searchTokensOf('person', person));
}

const rows = [
  row({ displayName: 'Jane Smith', companyName: 'Globex', tags: ['vip'], status: 'customer' }),
  row({ displayName: '山田 太郎', companyName: 'Acme KK', tags: ['expo'], status: 'lead' }),
  row({ displayName: 'Aiko Tanaka', companyName: 'Acme KK', tags: ['expo', 'vip'] }),
].sort(PERSON_SORTS.name);
const names = (list: readonly { name: string }[]) => list.map((r) => r.name);
const none = { knownBy: undefined, interacted: undefined };

describe('filterPeople', () => {
  it('returns the same array when nothing filters', () => {
    expect(filterPeople(rows, EMPTY_QUERY, none)).toBe(rows);
  });

  it('combines search, tag, status and company, keeping the sort order', () => {
    expect(names(filterPeople(rows, { ...EMPTY_QUERY, tag: 'expo' }, none))).toEqual([
      'Aiko Tanaka',
      '山田 太郎',
    ]);
    expect(names(filterPeople(rows, { ...EMPTY_QUERY, tag: 'vip', company: 'acme' }, none))).toEqual([
      'Aiko Tanaka',
    ]);
    expect(names(filterPeople(rows, { ...EMPTY_QUERY, status: 'lead' }, none))).toEqual(['山田 太郎']);
    expect(names(filterPeople(rows, { ...EMPTY_QUERY, q: 'acme' }, none))).toEqual([
      'Aiko Tanaka',
      '山田 太郎',
    ]);
    expect(names(filterPeople(rows, { ...EMPTY_QUERY, q: 'smith', tag: 'expo' }, none))).toEqual([]);
  });

  it('keeps people a teammate knows, and people with (or without) recent interactions', () => {
    const jane = rows.find((r) => r.name === 'Jane Smith')!.id;
    const q = { ...EMPTY_QUERY, member: 'm1' };
    expect(names(filterPeople(rows, q, { knownBy: new Set([jane]), interacted: undefined }))).toEqual([
      'Jane Smith',
    ]);
    const recent = { knownBy: undefined, interacted: new Set([jane]) };
    expect(names(filterPeople(rows, { ...EMPTY_QUERY, last: '30' }, recent))).toEqual(['Jane Smith']);
    expect(names(filterPeople(rows, { ...EMPTY_QUERY, last: 'cold' }, recent))).toEqual([
      'Aiko Tanaka',
      '山田 太郎',
    ]);
  });
});

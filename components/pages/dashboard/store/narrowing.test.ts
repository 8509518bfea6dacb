import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haystackOf } from './match';
import { matchRows, narrows, NarrowingSearch } from './narrowing';

const rows = [
  { id: 'a', hay: haystackOf(['yamada', 'taro', 'やまだ', '山田', 'acme']) },
  { id: 'b', hay: haystackOf(['yamamoto', 'hanako', 'globex']) },
  { id: 'c', hay: haystackOf(['ono', 'ken', 'が', 'acme']) },
  { id: 'd', hay: haystackOf(['shinbashi', 'taro', '0312345678']) },
];
const ids = (r: readonly { id: string }[]) => r.map((x) => x.id);

describe('narrowing as-you-type search', () => {
  it('knows when more typing can only narrow the results', () => {
    expect(narrows('yam', 'yama')).toBe(true);
    expect(narrows('yama', 'yama taro')).toBe(true);
    expect(narrows('yama', 'yam')).toBe(false);
    expect(narrows('ｶ', 'ｶﾞ')).toBe(false);
    expect(narrows('shim', 'shimb')).toBe(false);
    expect(narrows('', 'a')).toBe(false);
    expect(narrows('03-', '03-1')).toBe(false);
  });

  it('gives the same answers as a full scan, whatever the typing', () => {
    const alphabet = fc.constantFrom(
      'y',
      'a',
      'm',
      't',
      'r',
      'o',
      'h',
      'b',
      ' ',
      'n',
      'k',
      'ｶ',
      'ﾞ',
      'が',
      '山',
    );
    fc.assert(
      fc.property(fc.array(fc.array(alphabet, { maxLength: 8 }), { minLength: 1, maxLength: 6 }), (edits) => {
        const search = new NarrowingSearch<(typeof rows)[number]>();
        for (const chars of edits) {
          let q = '';
          for (const ch of chars) {
            q += ch;
            expect(ids(search.run(rows, q))).toEqual(ids(matchRows(rows, q)));
          }
          while (q) {
            q = q.slice(0, -1);
            expect(ids(search.run(rows, q))).toEqual(ids(matchRows(rows, q)));
          }
        }
      }),
    );
  });

  it('forgets its answers when the rows change', () => {
    const search = new NarrowingSearch<(typeof rows)[number]>();
    expect(ids(search.run(rows, 'taro'))).toEqual(['a', 'd']);
    const fewer = rows.slice(1);
    expect(ids(search.run(fewer, 'taro'))).toEqual(['d']);
  });
});

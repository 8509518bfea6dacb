import { describe, expect, it } from 'vitest';
import { foldRomaji, romanizeKana } from './romaji';

describe('romanizeKana', () => {
  it('gives Hepburn romaji with long vowels folded', () => {
    expect(romanizeKana('やまだ たろう')).toBe('yamada taro');
    expect(romanizeKana('ヤマダ タロウ')).toBe('yamada taro');
    expect(romanizeKana('ｻﾄｳ')).toBe('sato');
    expect(romanizeKana('おおの')).toBe('ono');
    expect(romanizeKana('ゆうこ')).toBe('yuko');
    expect(romanizeKana('ラーメン')).toBe('ramen');
  });

  it('handles digraphs, small tsu and the Hepburn spellings', () => {
    expect(romanizeKana('しょうへい')).toBe('shohei');
    expect(romanizeKana('ちひろ')).toBe('chihiro');
    expect(romanizeKana('つよし')).toBe('tsuyoshi');
    expect(romanizeKana('ふじた')).toBe('fujita');
    expect(romanizeKana('はっとり')).toBe('hattori');
    expect(romanizeKana('まっちゃ')).toBe('matcha');
    expect(romanizeKana('じゅんいち')).toBe('junichi');
    expect(romanizeKana('きょうこ')).toBe('kyoko');
    expect(romanizeKana('ティム')).toBe('timu');
  });

  it('passes kanji and Latin through', () => {
    expect(romanizeKana('山田')).toBe('山田');
    expect(romanizeKana('ABC')).toBe('abc');
  });
});

describe('foldRomaji', () => {
  it('folds the ways long vowels are written in Latin letters', () => {
    for (const s of ['Tarō', 'Tarou', 'Taroo', 'Taro', 'Tarô']) expect(foldRomaji(s), s).toBe('taro');
    expect(foldRomaji('Ohno')).toBe(foldRomaji('Ono'));
    expect(foldRomaji('Yuuko')).toBe('yuko');
    expect(foldRomaji('Shimbashi')).toBe('shinbashi');
  });

  it('agrees with romanizeKana on the same name', () => {
    expect(foldRomaji('Satou Yuuko')).toBe(romanizeKana('さとう ゆうこ'));
    expect(foldRomaji('Ōno Shōhei')).toBe(romanizeKana('おおの しょうへい'));
  });
});

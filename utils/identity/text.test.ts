import { describe, expect, it } from 'vitest';
import { foldAccents, foldKana, hasCjk, normalizeText } from './text';

describe('normalizeText', () => {
  it('applies NFKC, lower case, accent folding and space collapsing', () => {
    expect(normalizeText('  Ｔａｒｏ　ＹＡＭＡＤＡ  ')).toBe('taro yamada');
    expect(normalizeText('Crème  Brûlée')).toBe('creme brulee');
    expect(normalizeText('Straße')).toBe('strasse');
    expect(normalizeText('ﾔﾏﾀﾞ')).toBe('ヤマダ');
    expect(normalizeText('①')).toBe('1');
  });

  it('keeps kana voicing marks', () => {
    expect(normalizeText('がぎぐげご')).toBe('がぎぐげご');
    expect(normalizeText('ガッコウ')).toBe('ガッコウ');
  });
});

describe('foldAccents', () => {
  it('removes Latin diacritics and maps special letters', () => {
    expect(foldAccents('Dvořák Ærø Łódź straße')).toBe('Dvorak AEro Lodz strasse');
  });
});

describe('foldKana', () => {
  it('maps katakana and half-width kana to hiragana, leaving the rest', () => {
    expect(foldKana('ヤマダ タロウ')).toBe('やまだ たろう');
    expect(foldKana('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('やまだ たろう');
    expect(foldKana('山田 ヴィ ヶ ヽ')).toBe('山田 ゔぃ ゖ ゝ');
    expect(foldKana('Taro ー')).toBe('Taro ー');
  });
});

describe('hasCjk', () => {
  it('spots kanji, kana and hangul', () => {
    expect(hasCjk('山田')).toBe(true);
    expect(hasCjk('やまだ')).toBe(true);
    expect(hasCjk('ヤマダ')).toBe(true);
    expect(hasCjk('김')).toBe(true);
    expect(hasCjk('Yamada')).toBe(false);
  });
});

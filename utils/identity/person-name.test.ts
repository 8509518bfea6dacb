import { describe, expect, it } from 'vitest';
import { personNameKey } from './person-name';

const key = (s: string, order?: 'western' | 'family-first') => {
  const r = personNameKey(s, order ? { order } : {});
  return r.ok ? r.key : null;
};

describe('personNameKey: Latin names', () => {
  it('is order-independent, so a Japanese name written either way agrees', () => {
    for (const s of ['Taro Yamada', 'Yamada Taro', 'YAMADA Taro', 'Yamada, Taro', 'taro  yamada']) {
      expect(key(s), s).toBe('taro yamada');
    }
  });

  it('drops titles, suffixes, honorifics and lone middle initials', () => {
    for (const s of [
      'John Smith',
      'Mr. John Smith',
      'Dr John Smith',
      'Prof. John Q. Smith',
      'John Smith Jr.',
      'John Smith, PhD',
      'John Smith, MBA, CPA',
      'Smith, John, Jr.',
      'John "Johnny" Smith',
      'John Smith (Sales)',
    ]) {
      expect(key(s), s).toBe('john smith');
    }
    expect(key('Yamada-san')).toBe('yamada');
    expect(key('Taro Yamada-sama')).toBe('taro yamada');
  });

  it('keeps words that are also surnames unless a comma sets them apart', () => {
    expect(key('Yun Ma')).toBe('ma yun');
    expect(key('Yun Ma, MA')).toBe('ma yun');
    expect(key('Jackie Chan')).toBe('chan jackie');
    expect(key('Anh Do')).toBe('anh do');
  });

  it('folds accents, case, full-width letters and hyphens', () => {
    expect(key('José Müller')).toBe('jose muller');
    expect(key('Tarō Yamada')).toBe('taro yamada');
    expect(key('Ｔａｒｏ　Ｙａｍａｄａ')).toBe('taro yamada');
    expect(key('Jean-Luc Picard')).toBe(key('Jean Luc Picard'));
    expect(key("Conan O'Brien")).toBe('conan obrien');
  });
});

describe('personNameKey: Japanese names', () => {
  it('keeps family-first order and removes spaces', () => {
    expect(key('山田 太郎')).toBe('山田太郎');
    expect(key('山田　太郎')).toBe('山田太郎');
    expect(key('山田太郎')).toBe('山田太郎');
  });

  it('removes honorifics', () => {
    for (const s of [
      '山田太郎様',
      '山田 太郎 様',
      '山田太郎さん',
      '山田太郎殿',
      '山田太郎氏',
      '山田太郎先生',
      '山田 太郎 さま',
    ]) {
      expect(key(s), s).toBe('山田太郎');
    }
  });

  it('folds katakana and half-width kana to hiragana', () => {
    expect(key('ヤマダ タロウ')).toBe('やまだたろう');
    expect(key('ﾔﾏﾀﾞ ﾀﾛｳ')).toBe('やまだたろう');
    expect(key('やまだ たろう')).toBe('やまだたろう');
    expect(key('ジョン・スミス')).toBe('じょんすみす');
  });

  it('turns round a name written given name first when told so', () => {
    expect(key('太郎 山田', 'western')).toBe('山田太郎');
    expect(key('太郎 山田 様', 'western')).toBe('山田太郎');
    expect(key('山田 太郎', 'family-first')).toBe('山田太郎');
  });

  it('keys a romanised name with a Japanese honorific as the Latin name', () => {
    expect(key('Taro Yamada 様')).toBe('taro yamada');
  });

  it('keys a name given in two scripts by its Japanese form', () => {
    expect(key('山田 太郎 (Taro Yamada)')).toBe('山田太郎');
    expect(key('Taro Yamada / 山田太郎')).toBe('山田太郎');
    expect(key('山田太郎｜Taro Yamada')).toBe('山田太郎');
    // In brackets, the outer name is the name and the bracket an aside.
    expect(key('Taro Yamada (山田太郎)')).toBe('taro yamada');
  });
});

describe('personNameKey: refusals', () => {
  it('refuses empty and letterless names', () => {
    for (const bad of ['', '   ', '---', '()']) expect(key(bad), bad).toBeNull();
  });

  it('keeps a name that is only a title rather than losing it', () => {
    expect(key('Dr.')).toBe('dr');
    expect(key('様')).toBe('様');
  });
});

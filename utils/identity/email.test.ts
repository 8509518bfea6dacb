import { describe, expect, it } from 'vitest';
import { emailKey } from './email';

const key = (s: string) => {
  const r = emailKey(s);
  return r.ok ? r.key : null;
};

describe('emailKey', () => {
  it('folds case and trims', () => {
    expect(key('  Taro.Yamada@Example.CO.JP ')).toBe('taro.yamada@example.co.jp');
  });

  it('drops a +tag but keeps dots outside Gmail', () => {
    expect(key('taro.yamada+newsletter@example.co.jp')).toBe('taro.yamada@example.co.jp');
    expect(key('t.a.r.o@example.com')).toBe('t.a.r.o@example.com');
  });

  it('folds Gmail dots and reads googlemail.com as gmail.com', () => {
    expect(key('Taro.Yamada+work@gmail.com')).toBe('taroyamada@gmail.com');
    expect(key('taroyamada@googlemail.com')).toBe('taroyamada@gmail.com');
    expect(key('t.a.r.o.yamada@GoogleMail.com')).toBe('taroyamada@gmail.com');
  });

  it('reads full-width addresses typed on a Japanese IME', () => {
    expect(key('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ')).toBe('taro@example.co.jp');
  });

  it('keys an internationalised domain in its ASCII form either way it is written', () => {
    expect(key('info@例え.jp')).toBe('info@xn--r8jz45g.jp');
    expect(key('info@XN--R8JZ45G.jp')).toBe('info@xn--r8jz45g.jp');
    expect(key('info@bücher.de')).toBe(key('info@xn--bcher-kva.de'));
  });

  it('keeps a Unicode local part (RFC 6531), lower-cased', () => {
    expect(key('山田@example.jp')).toBe('山田@example.jp');
    expect(key('JOSÉ@example.com')).toBe('josé@example.com');
  });

  it('unwraps mailto: links and display-name forms', () => {
    expect(key('mailto:Taro@Example.com?subject=Hello')).toBe('taro@example.com');
    expect(key('mailto:taro%40example.com')).toBe('taro@example.com');
    expect(key('山田 太郎 <taro@example.com>')).toBe('taro@example.com');
  });

  it('rejects what is not a usable address, with a reason', () => {
    for (const bad of [
      '',
      'taro',
      '@example.com',
      'taro@',
      'taro@@example.com',
      'ta ro@example.com',
      'taro@localhost',
      'taro@[192.0.2.1]',
      '"taro"@example.com',
      'a..b@example.com',
      'taro@example..com',
      'taro@-example.com',
      'taro@example.com\n',
    ]) {
      const r = emailKey(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason).not.toBe('');
    }
  });

  it('rejects over-long parts', () => {
    expect(key(`${'a'.repeat(65)}@example.com`)).toBeNull();
    expect(key(`a@${'b'.repeat(64)}.com`)).toBeNull();
  });
});

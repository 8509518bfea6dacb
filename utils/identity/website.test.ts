import { describe, expect, it } from 'vitest';
import { websiteKey } from './website';

const key = (s: string) => {
  const r = websiteKey(s);
  return r.ok ? r.key : null;
};

describe('websiteKey', () => {
  it('keys the registrable domain', () => {
    expect(key('https://jp.example.co.uk/about')).toBe('example.co.uk');
    expect(key('www.example.co.jp')).toBe('example.co.jp');
    expect(key('HTTP://WWW.EXAMPLE.COM:8080/path?q=1')).toBe('example.com');
    expect(key('example.com')).toBe('example.com');
    expect(key('https://shop.example.tokyo.jp/')).toBe('example.tokyo.jp');
  });

  it('treats private suffixes as public, so hosted sites stay apart', () => {
    expect(key('https://acme.github.io/')).toBe('acme.github.io');
    expect(key('https://other.github.io/')).toBe('other.github.io');
  });

  it('keys international domains in ASCII', () => {
    expect(key('https://www.例え.jp/')).toBe('xn--r8jz45g.jp');
    expect(key('xn--r8jz45g.jp')).toBe('xn--r8jz45g.jp');
    expect(key('ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('example.com');
  });

  it('refuses IP addresses, bare suffixes and non-hosts', () => {
    for (const bad of ['http://192.0.2.1/', 'co.uk', 'localhost', '', 'not a url', 'http://[::1]/']) {
      expect(key(bad), bad).toBeNull();
    }
  });
});

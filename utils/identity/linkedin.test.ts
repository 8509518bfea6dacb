import { describe, expect, it } from 'vitest';
import { linkedinKey } from './linkedin';

const key = (s: string) => {
  const r = linkedinKey(s);
  return r.ok ? r.key : null;
};

describe('linkedinKey', () => {
  it('keys a profile the same from any subdomain, query, hash or trailing slash', () => {
    for (const url of [
      'https://www.linkedin.com/in/taro-yamada',
      'https://jp.linkedin.com/in/taro-yamada/',
      'http://m.linkedin.com/in/Taro-Yamada?trk=people',
      'linkedin.com/in/taro-yamada#experience',
      'www.linkedin.com/in/taro-yamada/ja',
      'https://www.linkedin.com/in/taro-yamada/details/experience/',
      'https://www.linkedin.com/in/taro-yamada/?locale=ja_JP',
    ]) {
      expect(key(url), url).toBe('in/taro-yamada');
    }
  });

  it('decodes percent-encoded Japanese slugs, then lower-cases', () => {
    expect(key('https://jp.linkedin.com/in/%E5%B1%B1%E7%94%B0-%E5%A4%AA%E9%83%8E-4a1b2c')).toBe(
      'in/山田-太郎-4a1b2c',
    );
    expect(key('https://jp.linkedin.com/in/山田-太郎-4a1b2c')).toBe('in/山田-太郎-4a1b2c');
    expect(key('https://www.linkedin.com/in/%25E5%25B1%25B1%25E7%2594%25B0')).toBe('in/山田');
  });

  it('keys company, school and showcase pages', () => {
    expect(key('https://www.linkedin.com/company/acme-inc/about/')).toBe('company/acme-inc');
    expect(key('https://jp.linkedin.com/company/1234567/')).toBe('company/1234567');
    expect(key('https://www.linkedin.com/school/university-of-tokyo/')).toBe('school/university-of-tokyo');
    expect(key('https://www.linkedin.com/showcase/acme-cloud')).toBe('showcase/acme-cloud');
  });

  it('keeps the retired /pub/ form with its three numbers', () => {
    expect(key('http://www.linkedin.com/pub/john-doe/12/345/678')).toBe('pub/john-doe/12/345/678');
    expect(key('http://www.linkedin.com/pub/john-doe')).toBeNull();
  });

  it('refuses other hosts and pages that name no one', () => {
    for (const bad of [
      'https://example.com/in/taro',
      'https://linkedin.com.evil.example/in/taro',
      'https://notlinkedin.com/in/taro',
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/',
      'https://www.linkedin.com/jobs/view/123',
      'javascript:alert(1)',
      '',
    ]) {
      expect(key(bad), bad).toBeNull();
    }
  });
});

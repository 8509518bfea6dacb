import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHeaderValue, isMailAddress, mailtoUrl, parseMailto } from './mailto';

describe('mailto drafts', () => {
  it('encodes subject and body as UTF-8 with CRLF line breaks', () => {
    const r = mailtoUrl({
      to: ['kenji.mori@hayabusa.example'],
      subject: 'Introduction to Mia Sato?',
      body: 'Hi Kenji,\n\nWould you be open to it?\nBest, Aiko',
    });
    expect(r).toEqual({
      ok: true,
      long: false,
      url:
        'mailto:kenji.mori@hayabusa.example?subject=Introduction%20to%20Mia%20Sato%3F' +
        '&body=Hi%20Kenji%2C%0D%0A%0D%0AWould%20you%20be%20open%20to%20it%3F%0D%0ABest%2C%20Aiko',
    });
  });

  it('percent-encodes Japanese text and the delimiters inside values', () => {
    expect(encodeHeaderValue('山田様 & co?=#')).toBe('%E5%B1%B1%E7%94%B0%E6%A7%98%20%26%20co%3F%3D%23');
    expect(encodeHeaderValue('a\r\nb\rc\nd')).toBe('a%0D%0Ab%0D%0Ac%0D%0Ad');
  });

  it('keeps an address’s special characters from escaping into the query', () => {
    const r = mailtoUrl({ to: ['gorby%kremvax@example.org', 'unlikely?address@example.com'] });
    expect(r).toMatchObject({
      ok: true,
      url: 'mailto:gorby%25kremvax@example.org,unlikely%3Faddress@example.com',
    });
    const cc = mailtoUrl({ to: ['a@example.jp'], cc: ['b@example.jp'], subject: 'x' });
    expect(cc).toMatchObject({ url: 'mailto:a@example.jp?cc=b@example.jp&subject=x' });
  });

  it('refuses what is not an address instead of building a broken link', () => {
    expect(mailtoUrl({ to: [] })).toEqual({ ok: false, error: 'no address to write to' });
    for (const bad of [
      'no-at',
      '@example.com',
      'a@',
      'a b@example.com',
      'a@b.com,c@d.com',
      'x@y@',
      'a@.jp',
    ]) {
      expect(isMailAddress(bad), bad).toBe(false);
      expect(mailtoUrl({ to: [bad] }).ok).toBe(false);
    }
    expect(isMailAddress('taro.yamada+news@example.co.jp')).toBe(true);
  });

  it('says when a link is long enough for some mail programs to cut', () => {
    const r = mailtoUrl({ to: ['a@example.jp'], body: 'あ'.repeat(300) });
    expect(r).toMatchObject({ ok: true, long: true });
  });

  it('round-trips any subject and body (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (subject, body) => {
        const r = mailtoUrl({ to: ['kenji@example.jp'], subject, body });
        if (!r.ok) return false;
        // Nothing but unreserved characters and escapes after the scheme: no raw space, & or # inside values.
        const query = r.url.includes('?') ? r.url.slice(r.url.indexOf('?') + 1) : '';
        for (const part of query ? query.split('&') : []) {
          if (!/^(subject|body)=[A-Za-z0-9\-_.!~*'()%]*$/.test(part)) return false;
        }
        const parsed = parseMailto(r.url);
        const crlf = (s: string) => s.replace(/\r\n|\r|\n/g, '\r\n');
        return (
          parsed !== null &&
          parsed.to[0] === 'kenji@example.jp' &&
          (parsed.headers.subject ?? '') === crlf(subject) &&
          (parsed.headers.body ?? '') === crlf(body)
        );
      }),
    );
  });
});

describe('mailto drafts with broken text', () => {
  it('replaces half an emoji instead of throwing', () => {
    const cut = '👋'.slice(0, 1);
    expect(encodeHeaderValue(`hi ${cut}`)).toBe('hi%20%EF%BF%BD');
    expect(mailtoUrl({ to: ['a@example.jp'], body: `x${cut}` }).ok).toBe(true);
  });
});

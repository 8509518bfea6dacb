import { getDomain, getHostname } from 'tldts';
import { toAsciiHost } from './domain';
import { fail, ok, safely, type KeyResult } from './result';

/**
 * The identity key of a website: its registrable domain, like 'example.co.uk' for
 * 'https://jp.example.co.uk/about'. Private suffixes count as public ones, so two sites on
 * github.io or herokuapp.com never share a key. IDN domains are keyed in their ASCII form.
 */
export function websiteKey(url: string): KeyResult {
  return safely(() => {
    if (typeof url !== 'string') return fail('not text');
    if (url.length > 2048) return fail('too long for a link');
    const s = url.normalize('NFKC').trim();
    if (s === '') return fail('empty');
    const hostname = getHostname(s);
    if (!hostname) return fail('no host name in it');
    const ascii = toAsciiHost(hostname);
    if (ascii === null) return fail('not a valid host name');
    const domain = getDomain(ascii, { allowPrivateDomains: true });
    if (!domain) return fail('no registrable domain (an IP address, or a public suffix alone)');
    return ok(domain);
  });
}

import { toAsciiHost } from './domain';
import { fail, ok, safely, type KeyResult } from './result';

// RFC 5322 atext, widened to any letter, digit or mark for internationalised addresses (RFC 6531).
const ATOM = /^[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+$/u;
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** Pulls the bare address out of "mailto:a@b?subject=x", "Name <a@b>" or "<a@b>". */
function bareAddress(input: string): string {
  let s = input.normalize('NFKC').replace(/^[ \t]+|[ \t]+$/g, '');
  const angled = /<([^<>]*)>\s*$/.exec(s);
  if (angled) s = (angled[1] ?? '').trim();
  if (/^mailto:/i.test(s)) {
    s = s.slice('mailto:'.length).split('?')[0] ?? '';
    try {
      s = decodeURIComponent(s);
    } catch {
      // keep it as written; the checks below reject what is not an address
    }
    s = s.trim();
  }
  return s;
}

/**
 * The identity key of an email address: 'taro.yamada@example.co.jp'.
 * Case-folded (mail systems treat local parts case-insensitively in practice), the "+tag" dropped,
 * dots dropped and googlemail.com read as gmail.com for Gmail only (other providers treat dots as
 * significant), the domain in its ASCII (punycode) form. Quoted local parts, comments and IP-literal
 * domains are legal but never seen on a business card, and are rejected.
 */
export function emailKey(input: string): KeyResult {
  return safely(() => {
    if (typeof input !== 'string') return fail('not text');
    // Line breaks and control characters never belong in an address: text with them is a fragment
    // (or a folded mail header) that must be split before it is keyed.
    if (/[\p{Cc}\u2028\u2029]/u.test(input)) return fail('has a line break or control character');
    const address = bareAddress(input);
    if (address === '') return fail('empty');
    if (address.length > 254) return fail('too long for an email address');
    const at = address.lastIndexOf('@');
    if (at <= 0 || at === address.length - 1) return fail('needs one "@" with text either side');
    const local = address.slice(0, at);
    const domainPart = address.slice(at + 1);
    if (local.length > 64) return fail('the part before "@" is longer than 64 characters');
    if (local.startsWith('"')) return fail('quoted addresses are not supported');
    const atoms = local.split('.');
    if (!atoms.every((atom) => ATOM.test(atom)))
      return fail('the part before "@" has a character not allowed');
    if (domainPart.startsWith('[')) return fail('IP-address domains are not supported');
    const domain = toAsciiHost(domainPart, { allowTld: true });
    if (domain === null || domainPart.endsWith('.')) return fail('the domain is not a valid host name');

    let user = local.toLowerCase();
    const plus = user.indexOf('+');
    if (plus > 0) user = user.slice(0, plus);
    if (GMAIL_DOMAINS.has(domain)) {
      user = user.replace(/\./g, '');
      if (user === '') return fail('empty Gmail address');
      return ok(`${user}@gmail.com`);
    }
    return ok(`${user}@${domain}`);
  });
}

import { fail, ok, safely, type KeyResult } from './result';

/** Path kinds that name one profile or page, mapped to the kind used in the key. */
const KINDS: Record<string, string> = {
  in: 'in',
  company: 'company',
  school: 'school',
  showcase: 'showcase',
  pub: 'pub',
};

function decodeSegment(segment: string): string {
  let s = segment;
  // Links pasted through several tools arrive encoded more than once; decode until stable.
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(s); i += 1) {
    try {
      s = decodeURIComponent(s);
    } catch {
      break;
    }
  }
  // Characters that would end or split a path segment stay encoded, so the key can be put back in
  // a link ('in/' + slug) and read to the same key.
  return s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[%/?#\\\s\p{Cc}\p{Cf}]/gu, (c) => encodeURIComponent(c).toLowerCase());
}

function parseUrl(input: string): URL | null {
  const s = input.normalize('NFKC').trim();
  if (s === '' || /\s/.test(s)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s.replace(/^\/+/, '')}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/**
 * The identity key of a LinkedIn profile or page: 'in/<slug>', 'company/<slug>', 'school/<slug>',
 * 'showcase/<slug>' or, for the retired public-profile form, 'pub/<name>/<a>/<b>/<c>'. Any
 * subdomain (www., jp., m.), locale or section segments after the slug, the query, the hash and a
 * trailing slash are ignored; the slug is percent-decoded, NFKC-normalised and lower-cased, so a
 * Japanese vanity slug written either way is one key.
 */
export function linkedinKey(url: string): KeyResult {
  return safely(() => {
    if (typeof url !== 'string') return fail('not text');
    if (url.length > 2048) return fail('too long for a link');
    const parsed = parseUrl(url);
    if (!parsed) return fail('not a link');
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return fail('not a web link');
    const host = parsed.hostname.toLowerCase();
    if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return fail('not a LinkedIn link');
    const segments = parsed.pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeSegment);
    // The kind is the first segment, or the second after a short prefix like a locale.
    const at = segments.findIndex((segment, index) => index < 2 && segment in KINDS);
    if (at < 0) return fail('not a LinkedIn profile or page link');
    const kind = KINDS[segments[at] ?? ''] ?? '';
    const slug = segments[at + 1] ?? '';
    if (!/[\p{L}\p{N}]/u.test(slug) || slug.length > 200) return fail(`no name after /${kind}/`);
    if (kind === 'pub') {
      // /pub/<name>/<a>/<b>/<c>: the three numbers identify the profile; the name alone does not.
      const ids = segments.slice(at + 2, at + 5);
      if (ids.length < 3 || !ids.every((id) => /^[0-9a-z]{1,4}$/.test(id))) {
        return fail('incomplete /pub/ link');
      }
      return ok(`pub/${slug}/${ids.join('/')}`);
    }
    return ok(`${kind}/${slug}`);
  });
}

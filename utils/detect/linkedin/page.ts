import { clean } from '../text';
import { safeDecode } from '../urls';
import { ARIA, HEADLINE_COMPANY, NAME_NOISE, PATHS, TITLE } from './selectors';

export type LinkedInPageKind = 'profile' | 'company' | 'company-people' | 'search' | 'feed' | 'other';

export function linkedinPageKind(url: URL): LinkedInPageKind {
  const path = url.pathname;
  if (PATHS.profile.test(path) || PATHS.profileSub.test(path)) return 'profile';
  const company = PATHS.company.exec(path);
  if (company) return company[3] === 'people' ? 'company-people' : 'company';
  if (PATHS.search.test(path)) return 'search';
  if (PATHS.feed.test(path)) return 'feed';
  return 'other';
}

/** The /in/<slug> or /company/<slug> of the page itself, lower-cased. */
export function pageSlug(url: URL): string | undefined {
  const m = PATHS.profile.exec(url.pathname) ?? PATHS.profileSub.exec(url.pathname);
  if (m?.[1]) return safeDecode(m[1]).toLowerCase();
  const c = PATHS.company.exec(url.pathname);
  return c?.[2] ? safeDecode(c[2]).toLowerCase() : undefined;
}

/** "Jane Doe" from "(3) Jane Doe | LinkedIn" or "Jane Doe - Acme | LinkedIn"; company part when present. */
export function fromTitle(title: string): { name?: string; company?: string } {
  const t = clean(title, 300);
  if (!TITLE.suffix.test(t)) return {};
  const body = t.replace(TITLE.suffix, '').replace(TITLE.unread, '').replace(TITLE.companySuffix, '').trim();
  if (TITLE.generic.test(body) || /^"/.test(body)) return {};
  const dash = body.split(/\s+[-–—]\s+/);
  return { name: dash[0] || undefined, company: dash.length > 1 ? dash.slice(1).join(' - ') : undefined };
}

export function cleanName(raw: string): string {
  let v = clean(raw, 200);
  for (const re of NAME_NOISE) v = v.replace(re, '');
  return v.trim();
}

export function nameFromAria(label: string | null): string | undefined {
  if (!label) return undefined;
  for (const re of ARIA.viewProfile) {
    const m = re.exec(clean(label, 200));
    if (m?.[1]) return cleanName(m[1]);
  }
  return undefined;
}

export function companyFromHeadline(headline: string | undefined): string | undefined {
  if (!headline) return undefined;
  for (const re of HEADLINE_COMPANY) {
    const m = re.exec(headline);
    if (m?.[1]) return clean(m[1], 120);
  }
  return undefined;
}

export function metaContent(doc: Document | null, property: string): string {
  return clean(
    doc?.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content'),
    300,
  );
}

import type { Candidate } from '@/utils/model';
import { companyNameKey } from './company-name';
import { emailKey } from './email';
import { linkedinKey } from './linkedin';
import { personNameKey } from './person-name';
import { phoneKey, type CountryCode } from './phone';
import type { KeyResult } from './result';
import { websiteKey } from './website';

/**
 * Prefixed keys for the `keys` table and for dedup. HARD keys: two records with one such key are
 * taken to be the same person or company. Prefixes: 'email:', 'phone:', 'li:', 'web:', 'co:'.
 */

export type PersonKeySource = {
  emails?: { value: string }[];
  phones?: { raw: string; e164?: string }[];
  links?: { kind: string; url: string }[];
};

export type CompanyKeySource = { name: string; domains?: string[]; website?: string; linkedin?: string };

const E164 = /^\+[1-9]\d{4,14}$/;
const keyOf = (prefix: string, result: KeyResult): string[] => (result.ok ? [`${prefix}${result.key}`] : []);
const unique = (keys: string[]): string[] => [...new Set(keys)];
const isPersonLinkedin = (key: string): boolean => key.startsWith('in/') || key.startsWith('pub/');
const looksLikeLinkedin = (url: string): boolean => /linkedin\.com/i.test(url);

/**
 * Hard keys of a person: each email, each phone (the stored E.164 when there is one) and each
 * LinkedIn profile link. A person's website is not a key: it is most often their employer's site,
 * shared by every colleague.
 */
export function hardKeysOfPerson(p: PersonKeySource, region?: CountryCode): string[] {
  const keys: string[] = [];
  for (const email of p.emails ?? []) keys.push(...keyOf('email:', emailKey(email.value)));
  for (const phone of p.phones ?? []) {
    // A stored E.164 came from phoneKey when the phone was saved (the model checks its shape), so
    // it is the key as it stands; parsing it again would cost a metadata lookup per number.
    if (phone.e164 && E164.test(phone.e164)) keys.push(`phone:${phone.e164}`);
    else keys.push(...keyOf('phone:', phoneKey(phone.raw, region)));
  }
  for (const link of p.links ?? []) {
    if (link.kind !== 'linkedin' && !looksLikeLinkedin(link.url)) continue;
    const result = linkedinKey(link.url);
    if (result.ok && isPersonLinkedin(result.key)) keys.push(`li:${result.key}`);
  }
  return unique(keys);
}

/** Hard keys of a company: its registrable domains, its LinkedIn page and its name key. */
export function hardKeysOfCompany(c: CompanyKeySource): string[] {
  const keys: string[] = [];
  for (const domain of c.domains ?? []) keys.push(...keyOf('web:', websiteKey(domain)));
  if (c.website) keys.push(...keyOf('web:', websiteKey(c.website)));
  if (c.linkedin) {
    const result = linkedinKey(c.linkedin);
    if (result.ok && !isPersonLinkedin(result.key)) keys.push(`li:${result.key}`);
  }
  keys.push(...keyOf('co:', companyNameKey(c.name)));
  return unique(keys);
}

/** Hard keys of something a detector spotted, as a person or a company by its kind. */
export function hardKeysOfCandidate(c: Candidate, region?: CountryCode): string[] {
  if (c.kind === 'person') {
    return hardKeysOfPerson(
      {
        emails: c.emails.map((value) => ({ value })),
        phones: c.phones.map((raw) => ({ raw })),
        links: c.links,
      },
      region,
    );
  }
  const website = c.links.find((link) => link.kind === 'website')?.url;
  const linkedin = c.links.find((link) => link.kind === 'linkedin' || looksLikeLinkedin(link.url))?.url;
  return hardKeysOfCompany({ name: c.name, website, linkedin });
}

/**
 * SOFT key for "someone of this name at this company": 'pn:<personNameKey>|<companyNameKey>',
 * the company part empty when unknown. Used for signal visibility and fuzzy look-ups, never to
 * merge on its own. Null when the name gives no key.
 */
export function softKeyOfPerson(name: string, company?: string): string | null {
  const person = personNameKey(name);
  if (!person.ok) return null;
  const co = company === undefined ? null : companyNameKey(company);
  return `pn:${person.key}|${co?.ok ? co.key : ''}`;
}

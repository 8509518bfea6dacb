import { companyNameKey, hardKeysOfPerson, type CountryCode } from '../identity';
import type { Person } from '../model';
import { nameProfile, type NameProfile } from './name-profile';
import { domainLabel, employerDomain } from './roles';

/** What dedup needs of one person, computed once. */
export interface Features {
  index: number;
  person: Person;
  name: NameProfile;
  /** Hard identity keys: 'email:…', 'phone:…', 'li:…'. */
  keys: string[];
  /**
   * Company keys: 'name:<companyNameKey>' and 'id:<companyId>' as recorded, then 'name:<key>' read
   * from each employer domain (hooli.com → hooli), then any find.ts infers from colleagues.
   */
  companies: string[];
  /** How many of `companies` were recorded on the person rather than read or inferred. */
  recordedCompanies: number;
  /** Shared keys (an office switchboard, a role mailbox) that block like a company. */
  contexts: string[];
  /** Registrable employer domains of the emails, free mail left out. */
  domains: string[];
}

const E164 = /^\+[1-9]\d{4,14}$/;

/**
 * hardKeysOfPerson, except that a stored E.164 number is its own key: it was produced by the same
 * parser when the phone was saved, and parsing 100,000 numbers again costs seconds.
 */
export function defaultHardKeys(p: Person, region: CountryCode): string[] {
  const fast: string[] = [];
  const phones = p.phones.filter((ph) => {
    if (ph.e164 && E164.test(ph.e164)) {
      fast.push(`phone:${ph.e164}`);
      return false;
    }
    return true;
  });
  const keys = hardKeysOfPerson({ emails: p.emails, phones, links: p.links }, region);
  return fast.length === 0 ? keys : [...new Set([...keys, ...fast])];
}

// Company names recur (every colleague carries one) and their keys cost microseconds: fold each once.
const companyKeyCache = new Map<string, string | null>();
function companyKey(name: string): string | null {
  let key = companyKeyCache.get(name);
  if (key === undefined) {
    const k = companyNameKey(name);
    key = k.ok ? `name:${k.key}` : null;
    if (companyKeyCache.size >= 50_000) companyKeyCache.clear();
    companyKeyCache.set(name, key);
  }
  return key;
}

// Company key of each company name as written, one string per name.
const recordedKeys = new Map<string, string | null>();

/**
 * The company key of a person: read from the stored soft key 'pn:<name>|<company>' when the keys
 * table gave one (the key functions drop '|', so the last one splits it), computed otherwise.
 */
function recordedCompanyKey(person: Person, soft: string | undefined): string | null {
  const name = person.companyName;
  if (!name) return null;
  let key = recordedKeys.get(name);
  if (key === undefined) {
    if (soft) {
      const company = soft.slice(soft.lastIndexOf('|') + 1);
      key = company ? `name:${company}` : null;
    } else key = companyKey(name);
    if (recordedKeys.size >= 50_000) recordedKeys.clear();
    recordedKeys.set(name, key);
  }
  return key;
}

const HARD_PREFIXES = ['email:', 'phone:', 'li:'];
export const isHardKey = (k: string): boolean => HARD_PREFIXES.some((p) => k.startsWith(p));

/** Features of each person from its identity keys: hard keys, and optionally the soft 'pn:' key. */
export function makeFeatures(
  keysOf: (p: Person) => readonly string[],
): (p: Person, index: number) => Features {
  return (person, index) => {
    const all = keysOf(person);
    const keys = all.filter(isHardKey);
    const companies: string[] = [];
    const recorded = recordedCompanyKey(
      person,
      all.find((k) => k.startsWith('pn:')),
    );
    if (recorded) companies.push(recorded);
    if (person.companyId) companies.push(`id:${person.companyId}`);
    const recordedCompanies = companies.length;
    const domains: string[] = [];
    for (const k of keys) {
      if (!k.startsWith('email:')) continue;
      const d = employerDomain(k.slice(6));
      if (d && !domains.includes(d)) domains.push(d);
    }
    for (const d of domains) {
      const fromDomain = companyKey(domainLabel(d));
      if (fromDomain && !companies.includes(fromDomain)) companies.push(fromDomain);
    }
    return {
      index,
      person,
      name: nameProfile(person, keys),
      keys,
      companies,
      recordedCompanies,
      contexts: [],
      domains,
    };
  };
}

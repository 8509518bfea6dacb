import { companyNameKey, hardKeysOfPerson, type CountryCode } from '../identity';
import type { Person } from '../model';
import { nameProfile, type NameProfile } from './name-profile';
import { nicknameGroups } from './nicknames';
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

/**
 * The company key of a person: read from the stored soft key 'pn:<name>|<company>' when the keys
 * table gave one (the key functions drop '|', so the last one splits it), computed otherwise.
 */
function recordedCompanyKey(person: Person, soft: string | undefined): string | null {
  if (!person.companyName) return null;
  if (soft) {
    const company = soft.slice(soft.lastIndexOf('|') + 1);
    return company ? `name:${company}` : null;
  }
  return companyKey(person.companyName);
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
    return { index, person, name: nameProfile(person, keys), keys, companies, recordedCompanies, domains };
  };
}

/** 30-bit FNV-1a: small integers make Map keys that need no string building or hashing again. */
export function hash30(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h & 0x3fffffff;
}

/** First letters of a name word under each of its nickname groups: bob and robert both give "rob". */
function wordBits(token: string, out: Set<string>): void {
  if (token.length < 2) return;
  const groups = nicknameGroups(token);
  if (groups.length === 0) out.add(token.slice(0, 3));
  else for (const g of groups) out.add(g.slice(0, 3));
}

export interface BlockKeys {
  /** A company context with the start of one name word. */
  near: number[];
  /** The whole name, folded, for records with nothing else in common. */
  whole: number[];
}

/**
 * Blocking keys: only people sharing one are ever compared. A company (recorded, read from an
 * employer domain, or inferred) with the start of any one name word, so a typo or a nickname in one
 * word is caught by the other; and the whole name alone, for the record that has no company.
 * Hashed, not concatenated: a colliding hash only adds a pair that is then compared and dropped.
 */
export function blockingKeys(f: Features): BlockKeys {
  const bits = new Set<string>();
  const whole = new Set<number>();
  for (const form of f.name.latin) {
    for (const t of form.tokens) wordBits(t, bits);
    if (form.source !== 'handle') {
      whole.add(
        hash30(
          form.tokens
            .map((t) => nicknameGroups(t)[0] ?? t)
            .sort()
            .join(' '),
        ),
      );
    }
  }
  const { cjk, cjkSwapped } = f.name;
  if (cjk) {
    bits.add(`k${cjk.slice(0, 2)}`);
    bits.add(`k${cjk.slice(-2)}`);
    whole.add(hash30(`k${cjkSwapped && cjkSwapped < cjk ? cjkSwapped : cjk}`));
  }
  const near: number[] = [];
  for (const c of f.companies.slice(0, 4)) {
    const seed = hash30(c);
    for (const b of bits) near.push(hash30(b, seed));
  }
  return { near, whole: [...whole] };
}

import type { NameMatchKind, NameVerdict } from './name-compare';

/** Why two records may be one person, as data; format.ts renders it in English or Japanese. */
export type DedupReason =
  /** The same personal address, phone or LinkedIn profile: identity evidence. */
  | { kind: 'same-email'; value: string }
  | { kind: 'same-phone'; value: string }
  | { kind: 'same-linkedin'; value: string }
  /** A function's mailbox (info@, sales@, お問い合わせ@): says "same company" only. */
  | { kind: 'role-email'; value: string }
  /** A key several clearly different people carry: a switchboard, a shared inbox. */
  | { kind: 'shared-phone'; value: string }
  | { kind: 'shared-email'; value: string }
  | { kind: 'names'; a: string; b: string; verdict: NameVerdict; similarity: number; kinds: NameMatchKind[] }
  | { kind: 'same-company'; name: string }
  | { kind: 'same-domain'; domain: string };

export type KeyStatus = 'identity' | 'weak' | 'shared' | 'role';

/** The reason a shared hard key gives, by what the key turned out to be. */
export function keyReason(key: string, status: KeyStatus): DedupReason {
  const colon = key.indexOf(':');
  const type = key.slice(0, colon);
  const value = key.slice(colon + 1);
  if (type === 'email') {
    if (status === 'role') return { kind: 'role-email', value };
    return status === 'shared' ? { kind: 'shared-email', value } : { kind: 'same-email', value };
  }
  if (type === 'phone')
    return status === 'shared' ? { kind: 'shared-phone', value } : { kind: 'same-phone', value };
  return { kind: 'same-linkedin', value };
}

/** Identifies a reason for de-duplicating a cluster's list. */
export function reasonKey(r: DedupReason): string {
  switch (r.kind) {
    case 'names':
      return `names|${r.a}|${r.b}`;
    case 'same-company':
      return `company|${r.name}`;
    case 'same-domain':
      return `domain|${r.domain}`;
    default:
      return `${r.kind}|${r.value}`;
  }
}

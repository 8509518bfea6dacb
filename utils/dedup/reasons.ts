import { z } from 'zod';

/** How two names agree, beyond plain equality. */
export const NameMatchKindSchema = z.enum([
  'swapped',
  'nickname',
  'typo',
  'variant',
  'initial',
  'partial',
  'reading',
  'handle',
]);

/**
 * same ≥ 0.95 (equal, nickname, equal reading); similar ≥ 0.85 (a typo, an initial, a name with a
 * word missing); weak ≥ 0.75; different below; unknown when the two cannot be compared at all
 * (山田太郎 and Taro Yamada with no furigana).
 */
export const NameVerdictSchema = z.enum(['same', 'similar', 'weak', 'different', 'unknown']);

const valued = <K extends string>(kind: K) => z.object({ kind: z.literal(kind), value: z.string() });

/** Why two records may be one person, as data; format.ts renders it in English or Japanese. */
export const DedupReasonSchema = z.discriminatedUnion('kind', [
  /** The same personal address, phone or LinkedIn profile: identity evidence. */
  valued('same-email'),
  valued('same-phone'),
  valued('same-linkedin'),
  /** A function's mailbox (info@, sales@, お問い合わせ@): says "same company" only. */
  valued('role-email'),
  /** A key several clearly different people carry: a switchboard, a shared inbox. */
  valued('shared-phone'),
  valued('shared-email'),
  z.object({
    kind: z.literal('names'),
    a: z.string(),
    b: z.string(),
    verdict: NameVerdictSchema,
    similarity: z.number(),
    kinds: z.array(NameMatchKindSchema),
  }),
  z.object({ kind: z.literal('same-company'), name: z.string() }),
  z.object({ kind: z.literal('same-domain'), domain: z.string() }),
]);
export type DedupReason = z.infer<typeof DedupReasonSchema>;

/** Two records that may be one person: a human decides. */
export const ReviewPairSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** 0–1, for ordering the queue. */
  score: z.number(),
  reasons: z.array(DedupReasonSchema),
});

/** Records that are one person beyond reasonable doubt: merge without asking. */
export const ClusterSchema = z.object({
  personIds: z.array(z.string()),
  reasons: z.array(DedupReasonSchema),
});

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

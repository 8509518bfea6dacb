import type { Features } from './features';
import { judgedDifferent } from './hard-keys';
import { compareNamesLazily, type NameMatch } from './name-compare';
import { keyReason, type DedupReason, type KeyStatus, type ReviewPairSchema } from './reasons';
import type { z } from 'zod';

export type ReviewPair = z.infer<typeof ReviewPairSchema>;

const intersects = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

/** The names as the pair shows them: the record with the smaller id first, whatever the input order. */
export function nameReason(fa: Features, fb: Features, m: NameMatch): DedupReason {
  const [x, y] = fa.person.id <= fb.person.id ? [fa, fb] : [fb, fa];
  return {
    kind: 'names',
    a: x.name.display,
    b: y.name.display,
    verdict: m.verdict,
    similarity: Math.round(m.similarity * 1000) / 1000,
    kinds: m.kinds,
  };
}

/**
 * Whether a candidate pair goes in front of a human, and why. Names that are clearly different,
 * and pairs someone already judged to be two people, never do. A shared personal key is enough on
 * its own; a shared switchboard or role mailbox needs names that at least roughly agree; the same
 * company or employer domain needs similar names; a whole name alone needs an exact match and no
 * company saying otherwise.
 */
export function evaluatePair(
  fa: Features,
  fb: Features,
  status: ReadonlyMap<string, KeyStatus>,
): ReviewPair | null {
  if (judgedDifferent(fa, fb)) return null;
  const names = compareNamesLazily(fa.name, fb.name);
  const m = names.match;
  if (m.verdict === 'different') return null;
  let shared: string[] | null = null;
  for (const k of fa.keys) if (fb.keys.includes(k)) (shared ??= []).push(k);
  const statuses = shared ? shared.map((k) => status.get(k) ?? 'identity') : [];
  const personal = statuses.some((s) => s === 'identity' || s === 'weak');
  const common = statuses.some((s) => s === 'shared' || s === 'role');
  const sameCompany = intersects(fa.companies, fb.companies);
  const domain = fa.domains.find((d) => fb.domains.includes(d));
  const conflict = fa.companies.length > 0 && fb.companies.length > 0 && !sameCompany;
  const named = m.verdict === 'same' || m.verdict === 'similar';
  const explain = names.explain;
  let keep: boolean;
  if (personal) keep = true;
  else if (common) keep = named || m.verdict === 'weak';
  else if (sameCompany || domain) keep = named;
  else {
    const full = explain();
    keep =
      !conflict &&
      full.verdict === 'same' &&
      !full.kinds.includes('partial') &&
      !full.kinds.includes('handle');
  }
  if (!keep) return null;

  const reasons: DedupReason[] = (shared ?? []).map((k, n) => keyReason(k, statuses[n] ?? 'identity'));
  reasons.push(nameReason(fa, fb, explain()));
  if (sameCompany) {
    const key = fa.companies.find((c) => fb.companies.includes(c)) ?? '';
    const name = fa.person.companyName ?? fb.person.companyName ?? key.slice(key.indexOf(':') + 1);
    reasons.push({ kind: 'same-company', name });
  }
  if (domain) reasons.push({ kind: 'same-domain', domain });
  const s = m.verdict === 'unknown' ? 0.5 : m.similarity;
  const score = Math.min(
    1,
    0.6 * s + (personal ? 0.3 : common ? 0.1 : 0) + (sameCompany || domain ? 0.1 : 0),
  );
  const [a, b] = fa.person.id < fb.person.id ? [fa.person.id, fb.person.id] : [fb.person.id, fa.person.id];
  return { a, b, score: Math.round(score * 1000) / 1000, reasons };
}

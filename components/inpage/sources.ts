import type { Candidate } from '@/utils/model';
import type { SourceView } from '@/utils/inpage/views';
import { siteOf } from '@/utils/inpage/format';
import { isoDay } from '@/utils/relationship/dates';

/** Candidate field names → the person field names their provenance is kept under. */
const FIELD: Record<string, string> = { name: 'displayName', company: 'companyName' };

/** Where each field of a spotted candidate came from: the detector and this page. */
export function candidateSources(c: Candidate, now: number): Record<string, SourceView[]> {
  const host = siteOf(c.url);
  const out: Record<string, SourceView[]> = {};
  for (const s of c.sources) {
    const field = FIELD[s.field] ?? s.field;
    (out[field] ??= []).push({ source: s.source, at: now, ...(host ? { host } : {}) });
  }
  return out;
}

/** The hover text of a value: "linkedin-profile · linkedin.com · 2026-11-24", one line per source. */
export function sourceText(list: readonly SourceView[] | undefined): string | undefined {
  if (!list?.length) return undefined;
  return list
    .map((s) => [s.source, s.host, s.at !== undefined ? isoDay(s.at) : undefined].filter(Boolean).join(' · '))
    .join('\n');
}

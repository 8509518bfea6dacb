import type { CountryCode } from 'libphonenumber-js/min';
import type { DetectedCandidate } from '../model';
import { timeBudget } from './budget';
import { hasIdentity } from './draft';
import { finalize, mergeDrafts } from './merge';
import type { DetectContext, DetectOptions, DetectResult, Detector, Draft, PageInfo, SiteId } from './types';
import { baseOf, ownerDocument } from './urls';

/** A site module: recognises its pages, names their kind, and lists the detectors and fields it expects. */
export interface SiteModule {
  id: SiteId;
  matches(url: URL, doc: Document | null): boolean;
  pageKind(url: URL, doc: Document | null): string;
  detectors(kind: string): Detector[];
  /** Fields this kind of page should yield; a miss is counted in the health record. */
  expects: Record<string, string[]>;
  /** The page's own subject (the profile, the company), whose fields the expectations are about. */
  isMain?(draft: Draft, kind: string): boolean;
  /** Last step on the merged drafts (fill the page's company into its people, and so on). */
  finish?(drafts: Draft[], ctx: DetectContext, kind: string): Draft[];
}

export const DEFAULT_BUDGET_MS = 150;
const MAX_CANDIDATES = 300;

function emptyStats(): DetectContext['stats'] {
  return { emailsSeen: 0, phonesSeen: 0, capped: false, timedOut: false, errors: 0 };
}

function observed(
  kind: string,
  expects: string[],
  drafts: Draft[],
  isMain?: (d: Draft, kind: string) => boolean,
): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  const people = drafts.filter((d) => d.kind === 'person' && d.name);
  const companies = drafts.filter((d) => d.kind === 'company' && d.name);
  const main = isMain
    ? drafts.find((d) => isMain(d, kind))
    : kind.startsWith('company')
      ? companies[0]
      : people[0];
  for (const field of expects) {
    if (field === 'people') out[field] = people.length > 0;
    else if (field === 'company-name') out[field] = companies.length > 0;
    else
      out[field] =
        !!main && (main[field as keyof Draft] as unknown) !== undefined && main[field as keyof Draft] !== '';
  }
  return out;
}

/**
 * Run the first matching site module over root. Never throws: a detector that fails is counted and skipped,
 * and the run stops when its time budget is spent, returning what it found so far.
 */
export function detectWith(
  modules: SiteModule[],
  root: ParentNode,
  url: URL,
  options: DetectOptions = {},
): DetectResult {
  const stats = emptyStats();
  const fallback: PageInfo = { site: 'generic', kind: 'unknown', expected: {} };
  try {
    const doc = ownerDocument(root);
    const module = modules.find((m) => safe(() => m.matches(url, doc), false));
    if (!module) return { candidates: [], page: fallback, stats };
    const kind = safe(() => module.pageKind(url, doc), 'unknown');
    const ctx: DetectContext = {
      root,
      doc,
      url,
      base: safe(() => baseOf(root, url), url.href),
      region: (options.region ?? 'US') as CountryCode,
      budget: timeBudget(options.budgetMs ?? DEFAULT_BUDGET_MS, options.now),
      stats,
    };
    let drafts: Draft[] = [];
    for (const detector of module.detectors(kind)) {
      if (ctx.budget.expired()) {
        stats.timedOut = true;
        break;
      }
      try {
        drafts.push(...detector(ctx));
      } catch {
        stats.errors++;
      }
    }
    drafts = mergeDrafts(drafts.filter(hasIdentity));
    if (module.finish) drafts = safe(() => module.finish!(drafts, ctx, kind), drafts);
    const isPage = (root as Node).nodeType === 9;
    const page: PageInfo = {
      site: module.id,
      kind,
      expected: isPage ? observed(kind, module.expects[kind] ?? [], drafts, module.isMain) : {},
    };
    const pageUrl = url.href.split('#')[0] ?? url.href;
    const candidates: DetectedCandidate[] = [];
    for (const d of drafts) {
      const c = finalize(d, pageUrl);
      if (c) candidates.push(c);
      if (candidates.length >= MAX_CANDIDATES) {
        stats.capped = true;
        break;
      }
    }
    return { candidates, page, stats };
  } catch {
    stats.errors++;
    return { candidates: [], page: fallback, stats };
  }
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

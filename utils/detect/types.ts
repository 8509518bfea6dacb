import type { CountryCode } from 'libphonenumber-js/min';
import type { DetectedCandidate, SourceKind } from '../model';

export type CandidateKind = 'person' | 'company';
export type LinkKind = 'linkedin' | 'website' | 'x' | 'github' | 'other';
export type Field = 'name' | 'title' | 'company' | 'emails' | 'phones' | 'links' | 'location' | 'photoUrl';

/** A candidate under construction: every value set through draft.ts records its source. */
export interface Draft {
  kind: CandidateKind;
  name?: string;
  title?: string;
  company?: string;
  emails: string[];
  phones: string[];
  links: { kind: LinkKind; url: string }[];
  location?: string;
  photoUrl?: string;
  sources: { field: string; source: SourceKind }[];
  confidence: number;
  anchor?: Element;
}

/** Stops work when a run is over its time or size budget, so hostile pages cannot hang the tab. */
export interface Budget {
  expired(): boolean;
}

export interface DetectContext {
  /** The subtree being scanned (the document, or an added subtree). */
  root: ParentNode;
  doc: Document | null;
  url: URL;
  /** Base for relative links (the page's <base> or its URL). */
  base: string;
  region: CountryCode;
  budget: Budget;
  /** Counters for capped work, reported in the result. */
  stats: DetectStats;
}

export interface DetectStats {
  emailsSeen: number;
  phonesSeen: number;
  capped: boolean;
  timedOut: boolean;
  errors: number;
}

export type Detector = (ctx: DetectContext) => Draft[];

export interface DetectOptions {
  /** ISO region for numbers written without a country code (the user's setting). */
  region?: CountryCode;
  /** Milliseconds one run may take before it returns what it has. */
  budgetMs?: number;
  /** Clock, injectable for tests. */
  now?: () => number;
}

export type SiteId = 'linkedin' | 'gmail' | 'outlook' | 'generic';

/** What a site module says about the page it recognised, for the health record. */
export interface PageInfo {
  site: SiteId;
  kind: string;
  /** Fields the module expects on this kind of page → whether they were found. */
  expected: Record<string, boolean>;
}

export interface DetectResult {
  candidates: DetectedCandidate[];
  page: PageInfo;
  stats: DetectStats;
}

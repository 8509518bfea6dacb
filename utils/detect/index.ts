import type { DetectedCandidate } from '../model';
import { detectWith, type SiteModule } from './engine';
import { genericSite } from './generic';
import { linkedinSite } from './linkedin';
import type { DetectOptions, DetectResult } from './types';
import { gmailSite, outlookSite } from './webmail';

export type { DetectOptions, DetectResult, PageInfo, SiteId } from './types';
export type { SiteModule } from './engine';
export { detectWith } from './engine';

/** Every site module, most specific first; the generic one matches any page. */
export const ALL_SITES: SiteModule[] = [linkedinSite, gmailSite, outlookSite, genericSite];

/** Full result: candidates, what kind of page this was, and the health observation. */
export function detectPage(root: ParentNode, url: URL, options?: DetectOptions): DetectResult {
  return detectWith(ALL_SITES, root, url, options);
}

/**
 * People and companies on a page (or in an added subtree). Pure: reads the DOM, changes nothing,
 * never throws, and returns within its time budget.
 */
export function detect(root: ParentNode, url: URL, options?: DetectOptions): DetectedCandidate[] {
  return detectPage(root, url, options).candidates;
}

import type { DetectedCandidate } from '../model';
import { detectWith, type SiteModule } from './engine';
import { linkedinSite } from './linkedin';
import type { DetectOptions, DetectResult } from './types';
import { gmailSite, outlookSite } from './webmail';

/**
 * Per-site entry points for the always-loaded content scripts: each pulls in only its own module, so the
 * LinkedIn and webmail scripts stay small (no phone metadata, no public-suffix list).
 */
export type PageDetector = (root: ParentNode, url: URL, options?: DetectOptions) => DetectResult;

const bind =
  (modules: SiteModule[]): PageDetector =>
  (root, url, options) =>
    detectWith(modules, root, url, options);

export const detectLinkedIn: PageDetector = /* @__PURE__ */ bind([linkedinSite]);
export const detectWebmail: PageDetector = /* @__PURE__ */ bind([gmailSite, outlookSite]);

export function candidatesOf(result: DetectResult): DetectedCandidate[] {
  return result.candidates;
}

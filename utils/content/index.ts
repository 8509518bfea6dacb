import { detectPage } from '../detect';
import { startDetectionWith, type DetectionHandle, type StartDetectionOptions } from './runtime';

export type { DetectionHandle, StartDetectionOptions, Scope } from './runtime';
export { startDetectionWith } from './runtime';

/** Detection on any page with every detector (the on-demand script). LinkedIn and webmail use ./sites. */
export function startDetection(options: StartDetectionOptions): DetectionHandle {
  return startDetectionWith(detectPage, options);
}

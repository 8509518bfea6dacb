import { detectLinkedIn, detectWebmail } from '../detect/sites';
import { startDetectionWith, type DetectionHandle, type StartDetectionOptions } from './runtime';

/** The always-loaded LinkedIn script: LinkedIn detectors only, to keep it small. */
export function startLinkedInDetection(options: StartDetectionOptions): DetectionHandle {
  return startDetectionWith(detectLinkedIn, options);
}

/** The always-loaded Gmail / Outlook script. */
export function startWebmailDetection(options: StartDetectionOptions): DetectionHandle {
  return startDetectionWith(detectWebmail, options);
}

import { startLinkedInDetection } from '@/utils/content/sites';
import { startInpage } from '@/utils/inpage/start';

/** LinkedIn: badges beside every person and company the LinkedIn detectors find. */
export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  // The page must not learn our extension id from a window message (see utils/inpage/isolation.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startInpage(startLinkedInDetection, ctx.signal);
  },
});

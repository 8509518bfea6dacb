import { startDetection } from '@/utils/content';
import { startInpage } from '@/utils/inpage/start';

/**
 * Any other site, on demand: registered by the background for the sites the user granted, or
 * injected once into the active tab by "Scan this page" (activeTab). Never in the manifest.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startInpage(startDetection, ctx.signal);
  },
});

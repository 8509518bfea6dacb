import { startWebmailDetection } from '@/utils/content/sites';
import { startInpage } from '@/utils/inpage/start';

/** Gmail and Outlook on the web: badges beside the people of an open thread. */
export default defineContentScript({
  matches: [
    'https://mail.google.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
  ],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startInpage(startWebmailDetection, ctx.signal);
  },
});

import { startWebmailDetection } from '@/utils/content/sites';
import { startEmailAutoLog } from '@/utils/email-log/auto';
import { startInpage } from '@/utils/inpage/start';
import { ask } from '@/utils/messaging/client';

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
    // Only while the user turned automatic email logging on (off by default).
    startEmailAutoLog(ctx.signal, (messages) => ask('emailsSeen', { messages }));
  },
});

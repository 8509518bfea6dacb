import { emailsSeen, logEmail } from '@/utils/background/email-log';
import { introducers } from '@/utils/background/intro-introducers';
import { setupIntroWatch } from '@/utils/background/intro-watch';
import { handle } from '@/utils/messaging/handle';

/** Warm introductions (who could introduce, the badge, notifications) and logging emails from webmail. */
export function setupIntros(): void {
  handle('introducers', introducers);
  handle('logEmail', logEmail);
  handle('emailsSeen', emailsSeen);
  setupIntroWatch();
}

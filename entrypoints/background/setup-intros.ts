import { introducers } from '@/utils/background/intro-introducers';
import { setupIntroWatch } from '@/utils/background/intro-watch';
import { handle } from '@/utils/messaging/handle';

/** Warm introductions: who could introduce (the popover asks), and the badge and notifications. */
export function setupIntros(): void {
  handle('introducers', introducers);
  setupIntroWatch();
}

import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { DB_NAME } from '@/utils/db';
import { refreshIntroBadge } from './intro-badge';
import { notifyIntroNews, openNotified } from './intro-notify';

/** A burst of pulled records becomes one badge update and one round of notifications. */
const SETTLE_MS = 300;
let timer: ReturnType<typeof setTimeout> | undefined;

function refresh(): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    void refreshIntroBadge()
      .then(() => notifyIntroNews())
      .catch(() => undefined);
  }, SETTLE_MS);
}

/**
 * Keeps the toolbar badge and notifications in step with intro requests: on start, and whenever the
 * requests or the member id change in the store (a pull, an answer from the dashboard, joining).
 */
export function setupIntroWatch(): void {
  refresh();
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    const touched = Object.keys(parts).some(
      (k) => k.startsWith(`idb://${DB_NAME}/introRequests/`) || k.startsWith(`idb://${DB_NAME}/meta/`),
    );
    if (touched) refresh();
  });
  browser.notifications?.onClicked.addListener((id) => void openNotified(id).catch(() => undefined));
}

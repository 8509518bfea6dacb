import { browser } from 'wxt/browser';
import { syncScanRegistration } from '@/utils/background/injection';

/** The generic scan runs on the sites the user granted; granting or revoking one updates it. */
export function setupInjection(): void {
  const sync = () => {
    syncScanRegistration().catch((error: unknown) => {
      if (import.meta.env.DEV) console.error('[meishi] scan registration failed', error);
    });
  };
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}

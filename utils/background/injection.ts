import { browser } from 'wxt/browser';
import type { Replies } from '@/utils/messaging/protocol';
import type { SenderInfo } from '@/utils/messaging/handle';

/** Built by WXT from entrypoints/scan.content and entrypoints/inpage-ui. */
export const SCAN_SCRIPT = '/content-scripts/scan.js';
export const INPAGE_UI_SCRIPT = '/inpage-ui.js';
export const SCAN_REGISTRATION_ID = 'meishi-scan';

/**
 * The popover's code is not part of the content script that runs on every page load: it is
 * injected into the asking frame on the first open, so pages pay only for the badges.
 * executeScript with `files` needs no web_accessible_resources, so nothing is exposed to probing.
 */
export async function injectInpageUi(sender: SenderInfo): Promise<Replies['inpageUi']> {
  if (sender.tabId === undefined) throw new Error('The popover opens in a tab only.');
  await browser.scripting.executeScript({
    target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] },
    files: [INPAGE_UI_SCRIPT],
  });
  return { ok: true };
}

/** "Scan this page": the generic detectors on a tab the user pointed at (activeTab or a granted site). */
export async function scanTab(tabId: number): Promise<Replies['scanTab']> {
  await browser.scripting.executeScript({ target: { tabId }, files: [SCAN_SCRIPT] });
  return { injected: true };
}

/** Origins the user granted beyond the ones in the manifest. */
export function optionalOrigins(granted: readonly string[], staticHosts: readonly string[]): string[] {
  const fixed = new Set(staticHosts);
  return [...new Set(granted)].filter((o) => !fixed.has(o) && /^(https?|\*):\/\//.test(o)).sort();
}

/**
 * Keep one registered content script in step with the sites the user granted: the generic
 * detectors then run there on every visit, as on LinkedIn, without asking again.
 */
export async function syncScanRegistration(): Promise<string[]> {
  const staticHosts = browser.runtime.getManifest().host_permissions ?? [];
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const matches = optionalOrigins(granted, staticHosts);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCAN_REGISTRATION_ID] });
  if (matches.length === 0) {
    if (existing.length > 0)
      await browser.scripting.unregisterContentScripts({ ids: [SCAN_REGISTRATION_ID] });
    return [];
  }
  const script = {
    id: SCAN_REGISTRATION_ID,
    matches,
    excludeMatches: staticHosts,
    js: [SCAN_SCRIPT],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

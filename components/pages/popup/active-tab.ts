import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface TabInfo {
  id: number;
  url: string | undefined;
  /** http(s) page where the user may grant or use "scan this page". */
  scannable: boolean;
  /** Our detectors already run here (LinkedIn, webmail, or a site the user granted). */
  granted: boolean;
}

/**
 * The tab the popup describes: the active tab of its window, or `?tab=<id>` when the popup is
 * opened in a tab of its own (keyboard users, tests).
 */
export async function resolveTab(search = location.search): Promise<TabInfo | null> {
  const param = new URLSearchParams(search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param)).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return null;
  const url = tab.url;
  const scannable = !!url && /^https?:/.test(url);
  let granted = false;
  if (scannable && url) {
    const origin = `${new URL(url).origin}/*`;
    const fixed: string[] = browser.runtime.getManifest().host_permissions ?? [];
    granted =
      fixed.some((h: string) => matches(h, url)) ||
      (await browser.permissions.contains({ origins: [origin] }));
  }
  return { id: tab.id, url, scannable, granted };
}

function matches(pattern: string, url: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(url);
}

export function useActiveTab(): TabInfo | null | undefined {
  const [tab, setTab] = useState<TabInfo | null>();
  useEffect(() => {
    resolveTab().then(setTab, () => setTab(null));
  }, []);
  return tab;
}

import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness/browser';

/**
 * Clicks the toolbar icon for the tab showing `url`, as the user would (which also grants
 * activeTab on it), and returns the popup that opens.
 */
export async function clickToolbarIcon(ext: ExtensionBrowser, url: string): Promise<Page> {
  const cdp = await ext.browser.target().createCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{}] } as never)) as unknown as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url.startsWith(url));
    if (!tab) throw new Error(`no tab shows ${url}`);
    await cdp.send(
      'Extensions.triggerAction' as never,
      { id: ext.extensionId, targetId: tab.targetId } as never,
    );
  } finally {
    await cdp.detach();
  }
  const popup = await ext.browser.waitForTarget(
    (t) => t.url() === `chrome-extension://${ext.extensionId}/popup.html`,
  );
  const page = await popup.asPage();
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}

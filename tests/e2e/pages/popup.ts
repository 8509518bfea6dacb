import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness/browser';

/** The popup, opened in a tab of its own and pointed at another tab with ?tab=<id>. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser, tabId?: number): Promise<PopupPage> {
    const page = await ext.openExtensionPage(`popup.html${tabId !== undefined ? `?tab=${tabId}` : ''}`);
    await page.setViewport({ width: 400, height: 600 });
    await page.waitForSelector('#popup-title');
    return new PopupPage(page);
  }

  async foundNames(): Promise<string[]> {
    return this.page.$$eval('.found .found-name', (els) => els.map((e) => e.textContent ?? ''));
  }

  async waitForFound(name: string): Promise<void> {
    await this.page.waitForFunction(
      (n) => [...document.querySelectorAll('.found .found-name')].some((e) => e.textContent === n),
      { timeout: 30_000 },
      name,
    );
  }

  async badgeOf(name: string): Promise<string> {
    return this.page.$$eval(
      '.found-row',
      (rows, n) =>
        rows.find((r) => r.querySelector('.found-name')?.textContent === n)?.querySelector('.badge')
          ?.textContent ?? '',
      name,
    );
  }

  async save(name: string): Promise<void> {
    const rows = await this.page.$$('.found-row');
    for (const row of rows) {
      if ((await row.$eval('.found-name', (e) => e.textContent)) === name) {
        await (await row.$('button'))!.click();
        return;
      }
    }
    throw new Error(`${name} is not on the page list`);
  }

  async search(query: string): Promise<string[]> {
    await this.page.type('#popup-search', query);
    await this.page.waitForFunction(
      (q) => document.querySelector(`.hits[data-query="${q}"], .quick-search .muted[data-query="${q}"]`),
      {},
      query,
    );
    return this.page.$$eval('.hits .hit-name', (els) => els.map((e) => e.textContent ?? ''));
  }

  async syncText(): Promise<string> {
    return this.page.$eval('.sync-panel [role="status"]', (e) => e.textContent ?? '');
  }
}

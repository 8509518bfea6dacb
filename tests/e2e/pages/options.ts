import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness/browser';

export class OptionsPage {
  constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<OptionsPage> {
    const page = await ext.openExtensionPage('options.html');
    await page.setViewport({ width: 1000, height: 900 });
    await page.waitForSelector('#prefs-title');
    return new OptionsPage(page);
  }

  /** Choose a value in the select labelled `label`. */
  async choose(label: string, value: string): Promise<void> {
    const id = await this.page.$$eval(
      'label',
      (labels, text) => labels.find((l) => l.textContent === text)?.getAttribute('for') ?? '',
      label,
    );
    if (!id) throw new Error(`no field labelled ${label}`);
    await this.page.select(`[id="${id}"]`, value);
  }

  async setLanguage(lang: 'auto' | 'en' | 'ja', label: string): Promise<void> {
    await this.choose(label, lang);
    await this.page.waitForFunction((l) => l === 'auto' || document.documentElement.lang === l, {}, lang);
  }

  async sections(): Promise<string[]> {
    return this.page.$$eval('main h2', (els) => els.map((e) => e.textContent ?? ''));
  }

  async storedSettings(): Promise<Record<string, unknown>> {
    return this.page.evaluate(async () => {
      type Local = { get(key: string): Promise<Record<string, unknown>> };
      const storage = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage;
      const stored = await storage.local.get('settings');
      return (stored.settings ?? {}) as Record<string, unknown>;
    });
  }
}

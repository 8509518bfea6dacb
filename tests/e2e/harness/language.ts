import type { ChromeApis } from '../inpage/chrome';
import type { ExtensionBrowser } from './browser';

/** Sets the UI language as the options page would; every open extension page follows the setting. */
export async function setLanguage(ext: ExtensionBrowser, language: 'en' | 'ja'): Promise<void> {
  const page = await ext.openExtensionPage('options.html');
  try {
    await page.evaluate(async (lang) => {
      const { storage } = (globalThis as unknown as { chrome: ChromeApis }).chrome;
      const stored = (await storage.local.get('settings')).settings as Record<string, unknown> | undefined;
      await storage.local.set({ settings: { ...(stored ?? {}), language: lang } });
    }, language);
  } finally {
    await page.close();
  }
}

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { FixturePerson } from '../../fixtures/inpage/linkedin';
import type { ExtensionBrowser } from '../harness/browser';
import type { ChromeApis } from '../inpage/chrome';
import { InpagePage } from '../inpage/inpage-page';
import { askFromExtensionPage } from '../inpage/team';
import { SCREENSHOTS } from '../pages/screenshots';

/** What one member does in their own browser for the intro workflow, the way a person would. */

export { joinViaOptions } from '../harness/join';

export async function syncNow(ext: ExtensionBrowser): Promise<void> {
  const outcome = await askFromExtensionPage<{ ok: boolean; error?: unknown }>(ext, 'syncNow', {});
  if (!outcome.ok) throw new Error(`sync failed: ${JSON.stringify(outcome.error)}`);
}

/** Saves the person on their profile page from the popover, then logs a meeting with them. */
export async function saveAndLogMeeting(ext: ExtensionBrowser, who: FixturePerson): Promise<void> {
  const ui = await InpagePage.open(ext, `https://www.linkedin.com/in/${who.slug}/`);
  await ui.openBadge(await ui.badgeFor(who.name, 'new'));
  await ui.dialogText('How we met');
  await ui.click('[data-action="save"]');
  await ui.dialogText('Saved.');
  await ui.click('[data-action="log"]');
  await ui.one('#meishi-log');
  await ui.type('#meishi-log-where', 'Tokyo office');
  await ui.click('#meishi-log button[type="submit"]');
  await ui.dialogText('Logged.');
  await ui.close();
}

/** Reads every row of a store in the extension's own worker. */
export async function stored<T = Record<string, unknown>>(
  ext: ExtensionBrowser,
  table: string,
): Promise<T[]> {
  return ext.worker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('meishi');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  }, table);
}

/** Polls `read` until `accept` says yes (the background settles badges and notifications a moment after a pull). */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (v: T) => boolean,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 15_000;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: last ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

/** The global toolbar badge (no tab): intro requests waiting for this member. */
export function globalBadge(ext: ExtensionBrowser): Promise<{ text: string; title: string }> {
  return ext.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeApis }).chrome;
    const action = chrome.action as unknown as {
      getBadgeText(d: object): Promise<string>;
      getTitle(d: object): Promise<string>;
    };
    return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
  });
}

export function notificationIds(ext: ExtensionBrowser): Promise<string[]> {
  return ext.worker.evaluate(async () => {
    const chrome = globalThis as unknown as {
      chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
    };
    return Object.keys(await chrome.chrome.notifications.getAll());
  });
}

export async function openDashboard(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.openExtensionPage(`dashboard.html#/${path}`);
  await page.setViewport({ width: 1280, height: 900 });
  await page.waitForSelector('main h1');
  return page;
}

/** Fonts loaded and two frames drawn: a screenshot shows the finished page. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.fonts.ready.then(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
    ),
  );
}

export { setLanguage } from '../harness/language';

/** docs/screenshots/<name>-<lang>.png of the whole page, however long. */
export async function fullScreenshot(page: Page, name: string, lang: 'en' | 'ja'): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  // The dashboard scrolls inside its main area, so the window is made as tall as that content.
  const height = await page.evaluate(() => {
    const main = document.querySelector('.dash-main');
    return Math.ceil((main?.scrollHeight ?? 900) + (main?.getBoundingClientRect().top ?? 0) + 16);
  });
  await page.setViewport({ width: 1280, height: Math.min(4000, Math.max(900, height)) });
  await settle(page);
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}-${lang}.png`) as `${string}.png`,
    fullPage: true,
  });
}

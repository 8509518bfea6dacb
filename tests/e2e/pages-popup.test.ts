import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileHtml, type FixturePerson } from '../fixtures/inpage/linkedin';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { setLanguage } from './harness/language';
import { clickToolbarIcon } from './inpage/action';
import { seriousViolations } from './pages/axe';
import { PopupPage } from './pages/popup';
import { screenshot } from './pages/screenshots';

const KENJI: FixturePerson = {
  slug: 'kenji-mori-42',
  name: 'Kenji Mori',
  headline: 'VP Partnerships at Orbit Foods',
  company: 'Orbit Foods',
  location: 'Yokohama, Japan',
};

/** A company page on a site Meishi does not read by itself: schema.org data the generic detectors find. */
const PLAIN_SITE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lumen Grid team</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Rina Hoshi","jobTitle":"CFO","worksFor":{"@type":"Organization","name":"Lumen Grid"},"email":"rina@lumen.example"}</script>
</head><body><h1>Our team</h1><p>Rina Hoshi, CFO</p></body></html>`;

describe('popup in real Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(`www.linkedin.com/in/${KENJI.slug}/`, { html: profileHtml(KENJI) });
    server.route('acme.example/team', { html: PLAIN_SITE });
    ext = await launchWithExtension(server);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('lists who is on the page with badges and saves one in one click', async () => {
    const url = `https://www.linkedin.com/in/${KENJI.slug}/`;
    const tab = await ext.browser.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    const popup = new PopupPage(await clickToolbarIcon(ext, url));
    await popup.waitForFound('Kenji Mori');
    expect(await popup.badgeOf('Kenji Mori')).toBe('New');
    expect(await seriousViolations(popup.page)).toEqual([]);

    await popup.save('Kenji Mori');
    await popup.page.waitForFunction(() =>
      [...document.querySelectorAll('.found-row')].some(
        (r) => r.querySelector('.found-name')?.textContent === 'Kenji Mori' && r.querySelector('a.btn'),
      ),
    );
    expect(await popup.badgeOf('Kenji Mori')).toBe('Saved');
    expect(await popup.syncText()).toContain('Not in a team');
    expect(await popup.search('kenji')).toEqual(['Kenji Mori']);
    expect(await seriousViolations(popup.page)).toEqual([]);
    await screenshot(popup.page, 'popup', 'en');
    if (!popup.page.isClosed()) await popup.page.close();
    await tab.close();
  });

  it('reads in Japanese, with no serious accessibility issue, and writes its Japanese screenshot', async () => {
    const url = `https://www.linkedin.com/in/${KENJI.slug}/`;
    await setLanguage(ext, 'ja');
    const tab = await ext.browser.newPage();
    try {
      await tab.goto(url, { waitUntil: 'load' });
      const popup = new PopupPage(await clickToolbarIcon(ext, url));
      await popup.waitForFound('Kenji Mori');
      expect(await popup.badgeOf('Kenji Mori')).toBe('保存済み');
      expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe('ja');
      expect(await seriousViolations(popup.page)).toEqual([]);
      await screenshot(popup.page, 'popup', 'ja');
      if (!popup.page.isClosed()) await popup.page.close();
    } finally {
      await tab.close();
      await setLanguage(ext, 'en');
    }
  });

  it('scans a site that is not granted, on request, and lists what it found', async () => {
    const url = 'https://acme.example/team';
    const tab = await ext.browser.newPage();
    await tab.goto(url, { waitUntil: 'load' });
    const popup = new PopupPage(await clickToolbarIcon(ext, url));
    await popup.page.waitForSelector('.scan button');
    expect(await popup.page.$eval('.on-page', (e) => e.textContent ?? '')).toContain(
      'does not read this site',
    );
    await popup.page.click('.scan button');
    await popup.waitForFound('Lumen Grid');
    expect(await popup.badgeOf('Lumen Grid')).toBe('New');
    await popup.save('Lumen Grid');
    await popup.page.waitForFunction(() => document.querySelector('.found-row a.btn'));
    expect(await popup.badgeOf('Lumen Grid')).toBe('Saved');
    if (!popup.page.isClosed()) await popup.page.close();
    await tab.close();
  });

  it('opens in a tab of its own for keyboard users, searching everyone saved', async () => {
    const popup = await PopupPage.open(ext);
    expect(await popup.page.$eval('.on-page', (e) => e.textContent ?? '')).toContain('Open a web page');
    expect(await popup.search('orbit')).toEqual(['Kenji Mori']);
    await popup.page.keyboard.press('Tab');
    const focused = await popup.page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain('Kenji Mori');
    await popup.page.close();
  });
});

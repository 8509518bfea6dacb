import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seriousViolations } from './pages/axe';
import { DashboardPage } from './pages/dashboard';
import { OptionsPage } from './pages/options';
import { screenshot } from './pages/screenshots';

describe('options in real Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let options: OptionsPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(server);
    options = await OptionsPage.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows every section, in plain words, with no serious accessibility issue', async () => {
    expect(await options.sections()).toEqual(
      expect.arrayContaining(['Team', 'Sites Meishi may read', 'Preferences', 'Privacy', 'Detector health']),
    );
    const privacy = await options.page.$eval('.privacy', (e) => e.textContent ?? '');
    expect(privacy).toContain('What stays in this browser');
    expect(privacy).toContain("What is sent to your team's server");
    expect(privacy).toContain('What never leaves your browser');
    expect(await options.page.$eval('#sites-title', (e) => e.parentElement?.textContent ?? '')).toContain(
      'No other sites allowed',
    );
    expect(await seriousViolations(options.page)).toEqual([]);
    await screenshot(options.page, 'options', 'en');
  });

  it('saves the phone region and default visibility, which new records then use', async () => {
    await options.choose('Default phone region', 'US');
    await options.choose('Who sees new records', 'private');
    await options.page.waitForFunction(() => document.querySelector('.status-note'));
    expect(await options.storedSettings()).toMatchObject({ phoneRegion: 'US', defaultVisibility: 'private' });

    const dash = await DashboardPage.open(ext, 'person/new');
    expect(await dash.page.$eval('form [name="visibility"]', (e) => (e as HTMLSelectElement).value)).toBe(
      'private',
    );
    await dash.addPerson({ name: 'Dana Lee', phones: ['(415) 555-0132'] });
    expect((await dash.field('phones')).value).toContain('+14155550132');
    expect((await dash.field('visibility')).value).toBe('Only me');
    await dash.page.close();
  });

  it('switches every open page to Japanese and back', async () => {
    const dash = await DashboardPage.open(ext, 'people');
    await options.page.bringToFront();
    await options.setLanguage('ja', 'Language');
    expect(await options.page.$eval('h1', (e) => e.textContent)).toBe('名刺 設定');
    await dash.page.bringToFront();
    await dash.page.waitForFunction(() => document.querySelector('main h1')?.textContent === '人物');
    expect(await dash.page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await options.page.bringToFront();
    expect(await seriousViolations(options.page)).toEqual([]);
    await options.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(options.page, 'options', 'ja');
    await options.setLanguage('en', '言語');
    expect(await options.page.$eval('h1', (e) => e.textContent)).toBe('Meishi settings');
    await dash.page.close();
  });

  it('shows the detectors’ health record when there is one', async () => {
    const health = await options.page.$eval('#health-title', (e) => e.parentElement?.textContent ?? '');
    expect(health).toMatch(/No pages read yet|Site and page/);
  });
});

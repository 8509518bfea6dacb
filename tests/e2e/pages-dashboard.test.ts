import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { setLanguage } from './harness/language';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seriousViolations } from './pages/axe';
import { DashboardPage } from './pages/dashboard';
import { SATO, SMITH, YAMADA } from './pages/people';
import { screenshot } from './pages/screenshots';

describe('dashboard in real Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let dash: DashboardPage;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(server);
    dash = await DashboardPage.open(ext);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('teaches on first run, with no serious accessibility issue', async () => {
    expect(await dash.heading()).toBe('People');
    await dash.page.waitForSelector('.empty');
    const empty = await dash.page.$eval('.empty', (e) => e.textContent ?? '');
    expect(empty).toContain('Open a LinkedIn profile');
    expect(empty).toContain('Connections.csv');
    expect(await seriousViolations(dash.page)).toEqual([]);
  });

  it('adds people through the form, each field marked as typed by hand', async () => {
    ids.yamada = await dash.addPerson(YAMADA);
    expect(await dash.personName()).toBe('山田 太郎');
    const title = await dash.field('title');
    expect(title.value).toBe('Head of Sales');
    expect(title.source).toContain('Typed by hand');
    expect(title.source).toContain('by You');
    const phone = await dash.field('phones');
    expect(phone.value).toContain('03-1234-5678');
    expect(phone.value).toContain('+81312345678');
    ids.smith = await dash.addPerson(SMITH);
    ids.sato = await dash.addPerson(SATO);
    await dash.goto('people');
    await dash.waitForRow('佐藤 花子');
    expect((await dash.rowNames()).sort()).toEqual(['Jane Smith', '佐藤 花子', '山田 太郎'].sort());
    expect(await dash.countText()).toBe('3 people');
  });

  it('searches names, readings, romaji, emails, phones and tags as you type', async () => {
    const cases: [string, string[]][] = [
      ['山田', ['山田 太郎']],
      ['太郎', ['山田 太郎']],
      ['やまだ', ['山田 太郎']],
      ['ヤマダ', ['山田 太郎']],
      ['yamada', ['山田 太郎']],
      ['tarou', ['山田 太郎']],
      ['hanako', ['佐藤 花子']],
      ['ｈａｎａｋｏ', ['佐藤 花子']],
      ['globex', ['Jane Smith']],
      ['jane@glo', ['Jane Smith']],
      ['03-1234', ['山田 太郎']],
      ['expo', ['佐藤 花子', '山田 太郎']],
      ['acme sato', ['佐藤 花子']],
      ['nobody-here', []],
    ];
    for (const [query, expected] of cases) {
      await dash.search(query);
      expect((await dash.rowNames()).sort(), query).toEqual(expected.sort());
    }
    await dash.search('');
    expect(await dash.rowNames()).toHaveLength(3);
  });

  it('filters by tag, status and company, and sorts by name', async () => {
    await dash.select('filter-tag', 'expo-2026');
    expect((await dash.rowNames()).sort()).toEqual(['佐藤 花子', '山田 太郎'].sort());
    await dash.page.type('#filter-company', 'globex');
    await dash.settle();
    expect(await dash.rowNames()).toEqual([]);
    expect(await dash.page.$eval('.empty h2', (e) => e.textContent)).toBe('No one matches');
    await dash.clickButton('Clear search and filters');
    await dash.settle();
    expect(await dash.rowNames()).toHaveLength(3);
    await dash.select('filter-status', 'customer');
    expect(await dash.rowNames()).toEqual([]);
    await dash.select('filter-status', '');
    await dash.select('people-sort', 'name');
    expect(await dash.rowNames()).toEqual(['Jane Smith', '佐藤 花子', '山田 太郎']);
    await dash.select('people-sort', 'recent');
    expect(await seriousViolations(dash.page)).toEqual([]);
  });

  it('opens a person with the keyboard, edits them, and another open page follows live', async () => {
    const other = await DashboardPage.open(ext, 'people');
    await other.waitForRow('Jane Smith');
    await dash.select('people-sort', 'name');
    await dash.openFromList('Jane Smith');
    expect(await dash.personName()).toBe('Jane Smith');
    expect(await seriousViolations(dash.page)).toEqual([]);
    await dash.editTitle('Chief Technology Officer', 'Save', 'Edit');
    await dash.waitForField('title', 'Chief Technology Officer');
    await other.search('chief');
    await other.waitForRow('Jane Smith');
    expect(await other.rowNames()).toEqual(['Jane Smith']);
    await other.page.close();
  });

  it('logs an interaction and a task, which show in the timeline and strength', async () => {
    await dash.goto(`person/${ids.yamada}`);
    await dash.clickButton('Log interaction');
    await dash.page.select('#log-kind', 'meeting');
    await dash.page.type('#log-where', 'Tokyo Expo booth');
    await dash.clickButton('Log it');
    await dash.page.waitForFunction(() =>
      document.querySelector('.timeline')?.textContent?.includes('Meeting with You'),
    );
    await dash.page.type('[id^="task-title-"]', 'Send the proposal');
    await dash.clickButton('Add task');
    await dash.page.waitForFunction(() =>
      document.querySelector('.tasks')?.textContent?.includes('Send the proposal'),
    );
    const who = await dash.page.$eval('.who-list', (e) => e.textContent ?? '');
    expect(who).toContain('You');
    expect(who).toMatch(/met in person once/);
    expect(await dash.page.$eval('.timeline', (e) => e.textContent ?? '')).toContain(
      'Task: Send the proposal',
    );
    expect(await seriousViolations(dash.page)).toEqual([]);
  });

  it('moves a person to the trash and restores them', async () => {
    await dash.goto(`person/${ids.sato}`);
    await dash.clickButton('Move to trash');
    await dash.page.waitForSelector('.banner');
    await dash.goto('people');
    await dash.page.waitForFunction(() => document.querySelector('.count')?.textContent === '2 people');
    expect(await dash.rowNames()).not.toContain('佐藤 花子');
    await dash.goto('trash');
    await dash.page.waitForSelector('.trash-list');
    expect(await dash.trashNames()).toEqual(['佐藤 花子']);
    expect(await seriousViolations(dash.page)).toEqual([]);
    await dash.clickButton('Restore');
    await dash.page.waitForSelector('.empty');
    await dash.goto('people');
    await dash.waitForRow('佐藤 花子');
    expect(await dash.countText()).toBe('3 people');
  });

  it('adds a company, links its people, and shows who knows whom there', async () => {
    await dash.goto('companies');
    await dash.clickButton('Add company');
    await dash.page.type('#new-company-name', 'Acme KK');
    await dash.page.type('#new-company-domain', 'acme.example');
    await dash.page.click('form[aria-label="Add company"] button[type="submit"]');
    await dash.page.waitForFunction(() => location.hash.startsWith('#/company/'));
    await dash.page.waitForSelector('#company-name');
    // A person whose company name is typed afterwards is linked to the company record.
    ids.kato = await dash.addPerson({ name: 'Kato Ken', company: 'Acme KK', title: 'Engineer' });
    const link = await dash.page.$eval('[data-field="companyName"] a', (a) => a.getAttribute('href') ?? '');
    expect(link).toMatch(/^#\/company\//);
    await dash.page.click('[data-field="companyName"] a');
    await dash.page.waitForSelector('#company-name');
    const people = await dash.page.$eval('.people-at', (e) => e.textContent ?? '');
    expect(people).toContain('Kato Ken');
    expect(await dash.page.$eval('#team-at', (e) => e.parentElement?.textContent ?? '')).toContain('You');
    expect(await seriousViolations(dash.page)).toEqual([]);
  });

  it('renames and merges tags everywhere, and colours them', async () => {
    await dash.goto('tags');
    await dash.page.waitForSelector('.tags-table');
    expect(await seriousViolations(dash.page)).toEqual([]);
    const input = await dash.page.$('::-p-aria(New name for engineering)');
    await input!.type('sales');
    await dash.clickButton('Merge');
    await dash.page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.includes('is now'),
    );
    const tags = await dash.page.$$eval('.tags-table tbody th', (els) => els.map((e) => e.textContent));
    expect(tags).not.toContain('engineering');
    await dash.goto('people');
    await dash.select('filter-tag', 'sales');
    expect((await dash.rowNames()).sort()).toEqual(['Jane Smith', '山田 太郎'].sort());
    await dash.select('filter-tag', '');
  });

  it('shows everything held about a person, exports it, and erases it from this browser', async () => {
    await dash.goto(`person/${ids.kato}/data`);
    const held = await dash.page.$eval('.counts', (e) => e.textContent ?? '');
    expect(held).toContain('Teammates who know them');
    expect(await dash.page.$eval('main', (e) => e.textContent ?? '')).toContain('You are not in a team');
    expect(await seriousViolations(dash.page)).toEqual([]);
    await dash.clickButton('Erase from this browser');
    await dash.clickButton('Yes, erase');
    await dash.page.waitForFunction(() => location.hash === '#/people');
    await dash.page.waitForFunction(() => document.querySelector('.count')?.textContent === '3 people');
    expect(await dash.rowNames()).not.toContain('Kato Ken');
  });

  it('writes English screenshots of the dashboard', async () => {
    await dash.goto('people');
    await dash.waitForRow('山田 太郎');
    await screenshot(dash.page, 'dashboard-people', 'en');
    await dash.goto(`person/${ids.yamada}`);
    await dash.page.waitForSelector('#person-name');
    await screenshot(dash.page, 'dashboard-person', 'en');
  });

  it('reads in Japanese, with no serious accessibility issue, and writes its Japanese screenshots', async () => {
    await setLanguage(ext, 'ja');
    try {
      await dash.goto('people');
      await dash.page.waitForFunction(() => document.querySelector('main h1')?.textContent === '人物');
      await dash.waitForRow('山田 太郎');
      expect(await dash.page.evaluate(() => document.documentElement.lang)).toBe('ja');
      expect(await seriousViolations(dash.page)).toEqual([]);
      await screenshot(dash.page, 'dashboard-people', 'ja');
      await dash.goto(`person/${ids.yamada}`);
      await dash.page.waitForSelector('#person-name');
      expect(await dash.personName()).toBe('山田 太郎');
      expect(await seriousViolations(dash.page)).toEqual([]);
      await screenshot(dash.page, 'dashboard-person', 'ja');
    } finally {
      await setLanguage(ext, 'en');
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seriousViolations } from './pages/axe';
import { DashboardPage } from './pages/dashboard';

describe('duplicates and merge in real Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let dash: DashboardPage;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(server);
    dash = await DashboardPage.open(ext);
    ids.yamada = await dash.addPerson({
      name: '山田 太郎',
      family: '山田',
      given: '太郎',
      familyReading: 'ヤマダ',
      givenReading: 'タロウ',
      title: '課長',
      company: '株式会社サンプル',
      emails: ['taro@sample.co.jp'],
      phones: ['03-1234-5678'],
    });
    ids.taro = await dash.addPerson({
      name: 'Taro Yamada',
      family: 'Yamada',
      given: 'Taro',
      title: '部長',
      company: '株式会社サンプル',
      emails: ['yamada.taro@gmail.com'],
    });
    ids.jane1 = await dash.addPerson({ name: 'Jane Smith', emails: ['jane@globex.example'] });
    ids.jane2 = await dash.addPerson({ name: 'Jane Smith', emails: ['Jane@Globex.example'] });
    ids.ken = await dash.addPerson({ name: 'Ken Mori', company: 'Acme' });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function people(): Promise<string[]> {
    await dash.goto('people');
    await dash.settle();
    await dash.page.waitForFunction(
      () => document.querySelectorAll('.people-list [role="option"]').length > 0,
    );
    return (await dash.rowNames()).sort();
  }

  const status = () => dash.page.$eval('.status-note', (e) => e.textContent ?? '');

  async function openDuplicates(): Promise<void> {
    await dash.goto('duplicates');
    await dash.page.waitForSelector('.count');
  }

  it('merges exact duplicates automatically, and undoes that in one step', async () => {
    await openDuplicates();
    const banner = await dash.page.waitForSelector('.hyg-banner.exact');
    expect(await banner!.evaluate((e) => e.textContent ?? '')).toContain('groups: 1, extra records: 1');
    expect(await seriousViolations(dash.page)).toEqual([]);
    await dash.clickButton('Merge them automatically');
    await dash.page.waitForSelector('.status-note');
    expect(await status()).toContain('Exact duplicates merged automatically: 1');
    expect((await people()).filter((n) => n === 'Jane Smith')).toHaveLength(1);

    await openDuplicates();
    await dash.page.click('.status-note button');
    await dash.page.waitForFunction(() =>
      document.querySelector('.status-note')?.textContent?.includes('Undone'),
    );
    expect((await people()).filter((n) => n === 'Jane Smith')).toHaveLength(2);
  });

  it('shows likely duplicates with their reasons and merges a pair from the dialog', async () => {
    await openDuplicates();
    await dash.page.waitForSelector('.hyg-pairs [role="option"]');
    const row = await dash.page.$eval('.hyg-pairs [role="option"]', (e) => e.textContent ?? '');
    expect(row).toContain('山田 太郎 / Taro Yamada');
    expect(row).toContain('reading matches');
    expect(row).toContain('same company 株式会社サンプル');
    await dash.page.focus('.hyg-pairs');
    await dash.page.keyboard.press('ArrowDown');
    await dash.page.keyboard.press('Enter');
    await dash.page.waitForSelector('.hyg-merge table');
    expect(await dash.heading()).toBe('Merge two records');
    expect(await seriousViolations(dash.page)).toEqual([]);
    // Both were typed by hand (equally sure), so each field defaults to the newer record's value.
    const checked = await dash.page.$$eval('.hyg-merge input[type="radio"]:checked', (els) =>
      els.map((e) => `${(e as HTMLInputElement).name}=${(e as HTMLInputElement).value}`),
    );
    expect(checked).toContain('pick-displayName=b');
    expect(checked).toContain('pick-title=b');
    const kept = await dash.page.$eval('[data-field="emails"]', (e) => e.textContent ?? '');
    expect(kept).toContain('taro@sample.co.jp');
    expect(kept).toContain('yamada.taro@gmail.com');
    await dash.page.click('input[name="pick-displayName"][value="a"]');
    await dash.page.click('input[name="pick-title"][value="a"]');
    await dash.clickButton('Merge');
    await dash.page.waitForFunction(() => location.hash === '#/duplicates');
    await dash.page.waitForSelector('.status-note');
    expect(await status()).toContain('Merged Taro Yamada into 山田 太郎');
    expect(await people()).not.toContain('Taro Yamada');

    await dash.goto(`person/${ids.yamada}`);
    expect((await dash.field('title')).value).toBe('課長');
    const emails = (await dash.field('emails')).value;
    expect(emails).toContain('taro@sample.co.jp');
    expect(emails).toContain('yamada.taro@gmail.com');
  });

  it('undoes the merge: both records come back as they were', async () => {
    await openDuplicates();
    await dash.page.click('.status-note button');
    await dash.page.waitForFunction(() =>
      document.querySelector('.status-note')?.textContent?.includes('Undone'),
    );
    expect(await people()).toContain('Taro Yamada');
    await dash.goto(`person/${ids.yamada}`);
    expect((await dash.field('emails')).value).not.toContain('yamada.taro@gmail.com');
    await dash.goto(`person/${ids.taro}`);
    expect(await dash.personName()).toBe('Taro Yamada');
    expect((await dash.field('title')).value).toBe('部長');
  });

  it('remembers "not the same person"', async () => {
    await openDuplicates();
    await dash.page.waitForSelector('.hyg-pairs [role="option"]');
    await dash.page.click('.hyg-pairs [role="option"]');
    await dash.page.waitForSelector('.hyg-merge table');
    await dash.clickButton('Not the same person');
    await dash.page.waitForFunction(() => location.hash === '#/duplicates');
    expect(await status()).toContain('different people');
    await dash.clickButton('Look again');
    await dash.page.waitForFunction(
      () => document.querySelector('.count')?.textContent === 'Pairs to review: 0',
    );
    expect(await dash.page.$('.hyg-pairs')).toBeNull();
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seriousViolations } from './pages/axe';
import { DashboardPage } from './pages/dashboard';

describe('export, backup and restore in real Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let dash: DashboardPage;
  let downloads: string;
  let id: string;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(server);
    dash = await DashboardPage.open(ext);
    downloads = await mkdtemp(path.join(tmpdir(), 'meishi-downloads-'));
    const cdp = await dash.page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    id = await dash.addPerson({
      name: '山田 太郎',
      family: '山田',
      given: '太郎',
      title: '営業部長',
      company: '株式会社サンプル',
      emails: ['taro@sample.co.jp'],
    });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  /** The downloaded file whose name matches, once Chromium has finished writing it. */
  async function downloaded(pattern: RegExp): Promise<string> {
    for (let i = 0; i < 100; i += 1) {
      const name = (await readdir(downloads)).find((f) => pattern.test(f));
      if (name) return readFile(path.join(downloads, name), 'utf8');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no download matching ${pattern}`);
  }

  it('exports people as CSV with a BOM (Excel reads Japanese), and as vCard 4.0', async () => {
    await dash.goto('export');
    expect(await seriousViolations(dash.page)).toEqual([]);
    await dash.clickButton('CSV (Excel)');
    const csv = await downloaded(/^meishi-.*\.csv$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('山田 太郎');
    expect(csv).toContain('taro@sample.co.jp');
    await dash.clickButton('vCard 4.0');
    const vcf = await downloaded(/vcard4\.vcf$/);
    expect(vcf).toContain('VERSION:4.0');
    expect(vcf).toContain('FN:山田 太郎');
  });

  it('downloads a full backup and restores it over a later change', async () => {
    await dash.goto('export');
    await dash.clickButton('Download a backup');
    const backup = await downloaded(/^meishi-backup-.*\.json$/);
    const parsed = JSON.parse(backup) as { format: string; tables: { people: { id: string }[] } };
    expect(parsed.format).toBe('meishi-backup');
    expect(parsed.tables.people.map((p) => p.id)).toEqual([id]);

    await dash.goto(`person/${id}`);
    await dash.editTitle('Chief of Everything', 'Save', 'Edit');
    expect((await dash.field('title')).value).toBe('Chief of Everything');

    await dash.goto('export');
    const file = (await readdir(downloads)).find((f) => f.startsWith('meishi-backup-'))!;
    const input = (await dash.page.waitForSelector('#restore-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(downloads, file));
    await dash.page.waitForSelector('.hyg-banner table');
    const people = await dash.page.$$eval('.hyg-banner tbody tr:first-child td', (tds) =>
      tds.map((td) => td.textContent ?? ''),
    );
    expect(people).toEqual(['0', '1', '0']);
    await dash.page.click('input[name="restore-mode"]:not(:checked)');
    await dash.clickButton('Restore');
    await dash.page.waitForFunction(() =>
      document.querySelector('.status-note')?.textContent?.includes('Restore finished'),
    );
    await dash.goto(`person/${id}`);
    expect((await dash.field('title')).value).toBe('営業部長');
  });

  it('refuses a damaged backup and names the problem', async () => {
    await dash.goto('export');
    const file = (await readdir(downloads)).find((f) => f.startsWith('meishi-backup-'))!;
    const damaged = path.join(downloads, 'damaged.json');
    const text = (await readFile(path.join(downloads, file), 'utf8')).replace('"taro@sample.co.jp"', '7');
    await writeFile(damaged, text);
    const input = (await dash.page.waitForSelector('#restore-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(damaged);
    const alert = await dash.page.waitForSelector('[role="alert"]');
    const message = await alert!.evaluate((e) => e.textContent ?? '');
    expect(message).toContain('damaged.json cannot be restored');
    expect(message).toContain('people, row 1, emails.0.value');
  });
});

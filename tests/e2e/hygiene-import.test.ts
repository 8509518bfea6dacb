import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { seriousViolations } from './pages/axe';
import { DashboardPage } from './pages/dashboard';
import { connectionsCsv } from '../fixtures/hygiene/connections';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/hygiene');

describe('import in real Chromium', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let dash: DashboardPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(server);
    dash = await DashboardPage.open(ext, 'import');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function upload(file: string): Promise<void> {
    await dash.goto('import');
    const input = (await dash.page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(FIXTURES, file));
    await dash.page.waitForSelector('.import-preview');
  }

  const count = (key: string) =>
    dash.page.$eval(`[data-count="${key}"] strong`, (e) => e.textContent ?? '').catch(() => '');

  async function importAndWait(): Promise<void> {
    await dash.clickButton(await dash.page.$eval('.import-preview .btn.primary', (b) => b.textContent ?? ''));
    await dash.page.waitForSelector('.import-summary');
  }

  async function peopleNames(): Promise<string[]> {
    await dash.goto('people');
    await dash.settle();
    return (await dash.rowNames()).sort();
  }

  it('previews a Connections.csv with its Notes preamble, imports it and lists the people', async () => {
    await upload('Connections.csv');
    expect(await dash.page.$eval('.import-preview', (e) => e.textContent ?? '')).toContain(
      'LinkedIn Connections',
    );
    expect(await count('new')).toBe('3');
    expect(await count('existing')).toBe('0');
    expect(await count('repeat')).toBe('1');
    expect(await count('invalid')).toBe('1');
    const sample = await dash.page.$$eval('.sample tbody tr', (rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? '')),
    );
    expect(sample[0]?.slice(0, 4)).toEqual(['5', 'Kenji Watanabe', 'Northwind K.K.', 'Product Manager']);
    const problems = await dash.page.$$eval('.problems tbody tr', (rows) =>
      rows.map((r) => r.textContent ?? ''),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^8.*no name/);
    expect(await seriousViolations(dash.page)).toEqual([]);

    await importAndWait();
    expect(await count('created')).toBe('3');
    expect(await count('failed')).toBe('1');
    expect(await seriousViolations(dash.page)).toEqual([]);

    await dash.goto('people');
    await dash.waitForRow('高橋 美咲');
    expect(await peopleNames()).toEqual(['Kenji Watanabe', 'Priya Raman', '高橋 美咲'].sort());
  });

  it('keeps the header below the Notes lines when the user edits the column mapping', async () => {
    await upload('Connections.csv');
    try {
      await dash.page.$eval('details.mapping', (d) => ((d as HTMLDetailsElement).open = true));
      // Skip the Position column: the file is read again with the edited mapping.
      await dash.page.select('#map-5', '');
      await dash.page.waitForFunction(
        () => (document.querySelector('#map-5') as HTMLSelectElement | null)?.value === '',
      );
      await dash.page.waitForSelector('.import-preview');
      const columns = await dash.page.$$eval('.mapping tbody th', (cells) =>
        cells.map((c) => c.textContent ?? ''),
      );
      expect(columns).toEqual([
        'First Name',
        'Last Name',
        'URL',
        'Email Address',
        'Company',
        'Position',
        'Connected On',
      ]);
      const sample = await dash.page.$$eval('.sample tbody tr', (rows) =>
        rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent ?? '')),
      );
      expect(sample[0]?.slice(0, 4)).toEqual(['5', 'Kenji Watanabe', 'Northwind K.K.', '']);
    } finally {
      await dash.page.click('.import-preview .btn.primary + button');
      await dash.page.waitForSelector('#import-file');
    }
  });

  it('imports a Shift_JIS vCard 2.1 with readings and phones', async () => {
    await upload('shift-jis.vcf');
    expect(await count('new')).toBe('2');
    expect(await count('invalid')).toBe('1');
    const first = await dash.page.$eval('.sample tbody tr', (r) => r.textContent ?? '');
    expect(first).toContain('鈴木 一郎');
    expect(first).toContain('スズキ イチロウ');
    expect(first).toContain('株式会社テスト商事');
    await importAndWait();
    expect(await count('created')).toBe('2');
    await dash.goto('people');
    await dash.waitForRow('鈴木 一郎');
    await dash.search('すずき');
    expect(await dash.rowNames()).toEqual(['鈴木 一郎']);
    await dash.search('');
    expect(await peopleNames()).toEqual(
      ['Kenji Watanabe', 'Priya Raman', '中村 由美', '鈴木 一郎', '高橋 美咲'].sort(),
    );
  });

  it('importing the same file again updates instead of duplicating', async () => {
    await upload('Connections.csv');
    expect(await count('new')).toBe('0');
    expect(await count('existing')).toBe('4');
    await importAndWait();
    expect(await count('created')).toBe('0');
    expect(await peopleNames()).toHaveLength(5);
  });

  it('undoes an import as one step from the recent imports list', async () => {
    await dash.goto('import');
    await dash.page.waitForSelector('.hyg-op');
    const ops = await dash.page.$$eval('.hyg-op', (els) => els.map((e) => e.textContent ?? ''));
    expect(ops[0]).toContain('Connections.csv');
    expect(ops[1]).toContain('shift-jis.vcf');
    // Newest first: the re-import (no change), then the vCard.
    await dash.page.click('.hyg-op:nth-child(2) button');
    await dash.page.waitForFunction(() =>
      document.querySelector('.hyg-op:nth-child(2)')?.textContent?.includes('undone'),
    );
    expect(await peopleNames()).toEqual(['Kenji Watanabe', 'Priya Raman', '高橋 美咲'].sort());

    await dash.goto('trash');
    await dash.page.waitForSelector('.trash-list');
    expect((await dash.trashNames()).sort()).toEqual(['中村 由美', '鈴木 一郎'].sort());
  });

  it('undoes from the summary right after importing', async () => {
    await upload('shift-jis.vcf');
    await importAndWait();
    await dash.clickButton('Undo this import');
    await dash.clickButton('Yes, undo');
    await dash.page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.includes('Undone'),
    );
    expect(await peopleNames()).toEqual(['Kenji Watanabe', 'Priya Raman', '高橋 美咲'].sort());
  });

  it('goes on saving while the user looks elsewhere, and the import view shows it on return', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'meishi-import-'));
    try {
      // Big enough that saving outlasts two hash navigations (about a millisecond a row).
      await writeFile(path.join(dir, 'Connections.csv'), connectionsCsv(4000, 50_000));
      await dash.goto('import');
      const input = (await dash.page.waitForSelector('#import-file')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path.join(dir, 'Connections.csv'));
      await dash.page.waitForSelector('.import-preview');
      expect(await count('new')).toBe('4,000');
      await dash.page.click('.import-preview .btn.primary');
      await dash.page.waitForSelector('progress.hyg-progress');
      await dash.goto('people');
      await dash.goto('import');
      // Back on the import page: the running import, not a fresh file picker.
      await dash.page.waitForSelector('progress.hyg-progress, .import-summary');
      expect(await dash.page.$('#import-file')).toBeNull();
      await dash.page.waitForSelector('.import-summary', { timeout: 120_000 });
      expect(await count('created')).toBe('4,000');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { EXTENSION_PATH, launchWithExtension, type ExtensionBrowser } from '../e2e/harness/browser';
import { startFixtureServer } from '../e2e/harness/fixture-server';
import { benchPeople, seedPeople, snapshotBuild } from './pages-seed';
import type { BenchResult } from './types';

/**
 * The extension pages with 100,000 people, in real Chromium with the built extension: dashboard
 * first rows on screen, search latency per keystroke, long tasks while scrolling, and the popup's
 * time to content. Times come from the pages' own performance marks and the Long Tasks API.
 */
const N = 100_000;
const RUNS = 5;
const QUERIES = [
  'yamada',
  'sato hanako',
  '田中',
  'すずき',
  'acme',
  'expo',
  'gmail',
  '090',
  'tarou',
  'ｓａｔｏ',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, { timeout: 60_000 }, name);
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

async function openDashboard(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 1280, height: 860 });
  await page.goto(`chrome-extension://${ext.extensionId}/dashboard.html#/people`, { waitUntil: 'load' });
  return page;
}

/**
 * Milliseconds from each keystroke (its beforeinput event, which typed kana and kanji also fire) to
 * the page's marks: first matches on screen, and the whole answer (every row tested).
 */
async function keystrokeLatencies(page: Page): Promise<{ first: number[]; done: number[] }> {
  await page.evaluate(`(() => {
    window.__first = [];
    window.__done = [];
    window.__t0 = 0;
    window.__t1 = 0;
    document.addEventListener('beforeinput', (e) => { window.__t0 = e.timeStamp; window.__t1 = e.timeStamp; }, true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'meishi:results' && window.__t0) { window.__first.push(e.startTime - window.__t0); window.__t0 = 0; }
        if (e.name === 'meishi:results-done' && window.__t1) { window.__done.push(e.startTime - window.__t1); window.__t1 = 0; }
      }
    }).observe({ type: 'mark' });
  })()`);
  await page.focus('#people-search');
  const count = () => page.evaluate('window.__done.length') as Promise<number>;
  const key = async (press: () => Promise<void>) => {
    const before = await count();
    await press();
    await page.waitForFunction(
      (b) => (window as unknown as { __done: number[] }).__done.length > b,
      {},
      before,
    );
  };
  for (const query of QUERIES) {
    for (const ch of query) await key(() => page.keyboard.type(ch));
    for (let i = 0; i < query.length; i++) await key(() => page.keyboard.press('Backspace'));
  }
  return page.evaluate('({ first: window.__first, done: window.__done })') as Promise<{
    first: number[];
    done: number[];
  }>;
}

/**
 * Scroll the list the way a user does, with the mouse wheel (the browser's own scrolling path), then
 * with jumps of the scrollbar; report the page's long tasks (> 50 ms) meanwhile.
 */
async function scrollLongTasks(page: Page): Promise<{ count: number; longest: number; steps: number }> {
  await page.evaluate(`(() => {
    window.__tasks = [];
    window.__observer = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); });
    window.__observer.observe({ type: 'longtask' });
  })()`);
  const box = await (await page.$('.people-list'))!.boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  let steps = 0;
  for (let i = 0; i < 200; i++, steps++) {
    await page.mouse.wheel({ deltaY: 800 });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  }
  for (const f of [0.25, 0.5, 0.9, 0.1, 1, 0]) {
    await page.evaluate(
      `(() => { const l = document.querySelector('.people-list'); l.scrollTop = (l.scrollHeight - l.clientHeight) * ${f}; })()`,
    );
    for (let i = 0; i < 10; i++, steps++) {
      await page.mouse.wheel({ deltaY: 400 });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
    }
  }
  await new Promise((r) => setTimeout(r, 200));
  return page.evaluate<[], () => { count: number; longest: number; steps: number }>(`(() => {
    window.__observer.disconnect();
    const t = window.__tasks;
    return { count: t.length, longest: t.length ? Math.max(...t) : 0, steps: ${steps} };
  })()`);
}

export async function run(): Promise<BenchResult[]> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  }
  const extensionPath = await snapshotBuild(EXTENSION_PATH);
  const people = benchPeople(N);
  const server = await startFixtureServer();
  const ext = await launchWithExtension(server, { extensionPath });
  try {
    // The dashboard opens the database with its schema; the harness then writes the rows into it.
    const seedPage = await openDashboard(ext);
    await seedPage.waitForSelector('main h1');
    await seedPeople(seedPage, people);
    await seedPage.close();

    const paints: number[] = [];
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await openDashboard(ext);
      paints.push(await markTime(page, 'meishi:first-rows'));
      await page.waitForFunction(
        (n) => document.querySelector('.count')?.textContent?.replace(/\D/g, '') === String(n),
        { timeout: 120_000 },
        N,
      );
      loads.push(await page.evaluate(() => performance.now()));
      await page.close();
    }

    const page = await openDashboard(ext);
    await page.waitForFunction(
      (n) => document.querySelector('.count')?.textContent?.replace(/\D/g, '') === String(n),
      { timeout: 120_000 },
      N,
    );
    const latencies = await keystrokeLatencies(page);
    await page.evaluate(`(() => { const s = document.querySelector('#people-search'); s.value = ''; })()`);
    const scroll = await scrollLongTasks(page);
    await page.close();

    const popups: number[] = [];
    for (let i = 0; i < RUNS * 2; i++) {
      const popup = await ext.browser.newPage();
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`, { waitUntil: 'load' });
      popups.push(await markTime(popup, 'meishi:popup-ready'));
      await popup.close();
    }

    // Wall-clock figures on a shared machine include other processes' work: the load average says how much.
    const load = loadavg()[0] ?? 0;
    const firstPaint = median(paints);
    const searchP95 = p95(latencies.first);
    const popupMedian = median(popups);
    return [
      {
        name: 'dashboard first rows on screen, 100k people (median of 5)',
        value: firstPaint,
        unit: 'ms',
        goal: '≤ 500 ms',
        ok: firstPaint <= 500,
      },
      {
        name: 'dashboard whole list in memory, 100k people (median)',
        value: median(loads),
        unit: 'ms',
        goal: 'informational',
        ok: true,
      },
      {
        name: `dashboard search, first results per keystroke, p95 of ${latencies.first.length}`,
        value: searchP95,
        unit: 'ms',
        goal: '≤ 50 ms',
        ok: searchP95 <= 50,
      },
      {
        name: 'dashboard search, whole answer per keystroke, p95',
        value: p95(latencies.done),
        unit: 'ms',
        goal: 'informational',
        ok: true,
      },
      {
        name: `dashboard long tasks while scrolling 100k rows (${scroll.steps} wheel steps)`,
        value: scroll.count,
        unit: 'tasks',
        goal: '0 tasks > 50 ms',
        ok: scroll.count === 0,
      },
      {
        name: 'dashboard longest task while scrolling',
        value: scroll.longest,
        unit: 'ms',
        goal: 'informational',
        ok: true,
      },
      {
        name: 'popup open to content, 100k people (median of 10)',
        value: popupMedian,
        unit: 'ms',
        goal: '≤ 100 ms',
        ok: popupMedian <= 100,
      },
      { name: 'popup open to content, p95', value: p95(popups), unit: 'ms', goal: 'informational', ok: true },
      {
        name: 'machine load average while measuring (1 min)',
        value: load,
        unit: '',
        goal: 'informational',
        ok: true,
      },
    ];
  } finally {
    await ext.close();
    await server.close();
    await rm(extensionPath, { recursive: true, force: true });
  }
}

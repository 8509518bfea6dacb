import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The content-script runtime in real Chromium, independent of the extension: the LinkedIn runtime is
 * bundled with esbuild, injected into a local LinkedIn-like single-page app served on 127.0.0.1, and must
 * report the new page's people (and only them) after in-app navigation.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/linkedin/spa.html');

type Event =
  { type: 'candidates'; scope: string; names: string[]; path: string } | { type: 'navigate'; path: string };

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
let bundle: string;

async function bundleRuntime(): Promise<string> {
  // The page's own world stands in for the isolated world: a test-only hook starts the runtime and
  // records what it reports.
  const result = await build({
    stdin: {
      contents: `
        import { startLinkedInDetection } from './utils/content/sites';
        const events = [];
        const controller = new AbortController();
        const toLinkedIn = () => new URL('https://www.linkedin.com' + location.pathname + location.search);
        const signals = [];
        startLinkedInDetection({
          root: document, url: toLinkedIn, signal: controller.signal, region: 'JP', throttleMs: 50, settleMs: 100,
          onCandidates: (cands, scope, signal) => { signals.push(signal); events.push({ type: 'candidates', scope, names: cands.map((c) => c.name), path: location.pathname }); },
          onNavigate: (url) => events.push({ type: 'navigate', path: url.pathname }),
        });
        globalThis.__detectTest = { events, controller, signals };
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome110',
  });
  return result.outputFiles[0]!.text;
}

async function events(): Promise<Event[]> {
  return page.evaluate(
    () => (globalThis as unknown as { __detectTest: { events: Event[] } }).__detectTest.events,
  );
}

async function waitForEvents(predicate: (e: Event[]) => boolean): Promise<Event[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const e = await events();
    if (predicate(e)) return e;
    if (Date.now() > deadline) throw new Error(`events never matched: ${JSON.stringify(e)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  bundle = await bundleRuntime();
  const html = readFileSync(FIXTURE, 'utf8');
  server = createServer((req, res) => {
    if ((req.url ?? '').match(/\.(jpg|png)$/)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe('detection runtime in Chromium on a LinkedIn-like single-page app', () => {
  it('reports the profile, then after in-app navigation only the new page, then only added cards', async () => {
    await page.goto(`${origin}/in/aiko-tanaka-4a1b2c/`, { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });

    const first = await waitForEvents((e) => e.some((x) => x.type === 'candidates'));
    const profile = first.find((x) => x.type === 'candidates');
    expect(profile).toMatchObject({ scope: 'page', names: ['Aiko Tanaka', 'Kenji Mori'] });

    await page.click('#to-search');
    const afterNav = await waitForEvents((e) => e.filter((x) => x.type === 'candidates').length >= 2);
    expect(afterNav.filter((x) => x.type === 'navigate')).toEqual([
      { type: 'navigate', path: '/search/results/people/' },
    ]);
    const searchPage = afterNav.filter((x) => x.type === 'candidates')[1]!;
    expect(searchPage).toMatchObject({
      scope: 'page',
      path: '/search/results/people/',
      names: ['Priya Nair', 'Marc Dubois'],
    });
    // The previous page's badges are told to go.
    const signals = await page.evaluate(() =>
      (globalThis as unknown as { __detectTest: { signals: AbortSignal[] } }).__detectTest.signals.map(
        (s) => s.aborted,
      ),
    );
    expect(signals).toEqual([true, false]);

    await page.click('#more');
    const added = await waitForEvents((e) => e.filter((x) => x.type === 'candidates').length >= 3);
    expect(added.filter((x) => x.type === 'candidates')[2]).toMatchObject({
      scope: 'added',
      names: ['Lena Fischer'],
    });

    // Nothing the page can probe: no attribute added by the runtime.
    const attrs = await page.evaluate(() =>
      [...new Set(Array.from(document.querySelectorAll('*')).flatMap((el) => el.getAttributeNames()))].sort(),
    );
    expect(attrs).toEqual(
      [
        'alt',
        'aria-hidden',
        'aria-label',
        'charset',
        'class',
        'data-route',
        'href',
        'id',
        'lang',
        'role',
        'src',
        'type',
      ].sort(),
    );

    await page.evaluate(() =>
      (
        globalThis as unknown as { __detectTest: { controller: AbortController } }
      ).__detectTest.controller.abort(),
    );
    await page.click('#more');
    await new Promise((r) => setTimeout(r, 300));
    expect((await events()).filter((x) => x.type === 'candidates')).toHaveLength(3);
  });
});

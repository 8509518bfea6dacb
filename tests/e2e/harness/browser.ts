import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import type { FixtureServer } from './fixture-server';

export const EXTENSION_PATH = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../../.output/chrome-mv3',
);

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  worker: WebWorker;
  /** Open an extension page (popup.html, options.html, dashboard.html) in a tab. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

/** Real Chromium with the built extension; fixture hosts resolve to the local HTTPS server. */
export async function launchWithExtension(
  server: FixtureServer,
  opts: {
    lang?: string;
    userDataDir?: string;
    /** A copy of the build, so a rebuild meanwhile cannot pull files away. */
    extensionPath?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = opts.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'meishi-e2e-')));
  const rules = server.hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(',');
  const browser = await puppeteer.launch({
    executablePath: process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [opts.extensionPath ?? EXTENSION_PATH],
    userDataDir,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--host-resolver-rules=${rules},EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
      `--lang=${opts.lang ?? 'en-US'}`,
    ],
    env: { ...process.env, LANGUAGE: opts.lang ?? 'en' },
  });
  const target = await browser.waitForTarget(
    (t) =>
      t.type() === 'service_worker' &&
      t.url().startsWith('chrome-extension://') &&
      t.url().endsWith('/background.js'),
    { timeout: 30_000 },
  );
  const extensionId = new URL(target.url()).host;
  const worker = (await target.worker())!;
  // The worker target can attach before the extension APIs are bound in it; wait until they are,
  // so tests that evaluate in the worker never see `chrome` undefined.
  for (let i = 0; i < 100; i++) {
    const ready = await worker
      .evaluate(
        () =>
          typeof (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id === 'string',
      )
      .catch(() => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    browser,
    extensionId,
    worker,
    async openExtensionPage(file) {
      const page = await browser.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close();
      if (!opts.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

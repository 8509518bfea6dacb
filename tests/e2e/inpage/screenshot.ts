import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';

export const SCREENSHOT_DIR = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../../docs/screenshots',
);

/** docs/screenshots/inpage-<name>-<lang>.png, linked from the README; `clip` crops to the interesting part. */
export async function inpageScreenshot(
  page: Page,
  name: string,
  lang: 'en' | 'ja',
  clip?: { x: number; y: number; width: number; height: number },
): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `inpage-${name}-${lang}.png`) as `${string}.png`;
  await page.evaluate(() =>
    document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r(null)))),
  );
  await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
  return file;
}

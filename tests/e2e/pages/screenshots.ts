import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';

export const SCREENSHOTS = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../../docs/screenshots',
);

/** docs/screenshots/<name>-<lang>.png, shown in the README. */
export async function screenshot(page: Page, name: string, lang: 'en' | 'ja'): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}-${lang}.png`);
  // Let fonts and the last render settle so the picture shows the finished page.
  await page.evaluate(() =>
    document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r(null)))),
  );
  await page.screenshot({ path: file as `${string}.png` });
  return file;
}

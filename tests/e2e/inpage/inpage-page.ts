import type { Page, WebWorker } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness/browser';
import type { ChromeApis } from './chrome';
import { ShadowProbe, type Found } from './shadow';

export type BadgeState = 'new' | 'saved' | 'known';

/** A web page with Meishi's badges and popover, driven like a user would (real clicks and keys). */
export class InpagePage {
  private constructor(
    readonly page: Page,
    readonly probe: ShadowProbe,
  ) {}

  static async open(
    ext: ExtensionBrowser,
    url: string,
    viewport = { width: 1100, height: 800 },
  ): Promise<InpagePage> {
    const page = await ext.browser.newPage();
    await page.setViewport(viewport);
    await page.goto(url, { waitUntil: 'load' });
    return new InpagePage(page, await ShadowProbe.attach(page));
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  /** Badges once at least `count` are shown (and, when given, all in `state`). */
  async badges(count = 1, state?: BadgeState): Promise<Found[]> {
    return this.probe.waitFor('[data-meishi-badge]', {
      count,
      accept: async (found) =>
        !state || (await Promise.all(found.map((f) => this.state(f)))).every((s) => s === state),
    });
  }

  state(badge: Found): Promise<BadgeState> {
    return this.probe.attr(badge, 'data-meishi-badge') as Promise<BadgeState>;
  }

  label(badge: Found): Promise<string> {
    return this.probe.attr(badge, 'aria-label').then((v) => v ?? '');
  }

  /** The badge whose accessible name mentions `name`. */
  async badgeFor(name: string, state?: BadgeState): Promise<Found> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      for (const b of await this.probe.query('[data-meishi-badge]')) {
        if ((await this.label(b)).includes(name) && (!state || (await this.state(b)) === state)) return b;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no ${state ?? ''} badge for ${name}`);
  }

  async openBadge(badge: Found): Promise<Found> {
    await this.probe.click(badge);
    return this.dialog();
  }

  async dialog(): Promise<Found> {
    const [dialog] = await this.probe.waitFor('[role="dialog"]');
    return dialog!;
  }

  /** Waits for the popover to show `text` (its contents load after it opens). */
  async dialogText(contains?: string): Promise<string> {
    const deadline = Date.now() + 15_000;
    let text = '';
    while (Date.now() < deadline) {
      const [dialog] = await this.probe.query('[role="dialog"]');
      text = dialog ? await this.probe.text(dialog) : '';
      if (
        dialog &&
        (!contains || text.includes(contains)) &&
        !text.includes('Loading…') &&
        !text.includes('読み込み中')
      )
        return text;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`popover never showed ${JSON.stringify(contains)}; last: ${text}`);
  }

  async isDialogOpen(): Promise<boolean> {
    return (await this.probe.query('[role="dialog"]')).length > 0;
  }

  async waitForClosed(): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (!(await this.isDialogOpen())) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the popover did not close');
  }

  async one(selector: string): Promise<Found> {
    const [found] = await this.probe.waitFor(selector);
    return found!;
  }

  async click(selector: string): Promise<void> {
    await this.probe.click(await this.one(selector));
  }

  /** Types into a field of the popover (selects what is there first when `replace`). */
  async type(selector: string, text: string, replace = false): Promise<void> {
    const field = await this.one(selector);
    await this.probe.click(field);
    if (replace) {
      await this.probe.call(field, 'function () { this.select(); }');
    }
    await this.page.keyboard.type(text);
  }

  async value(selector: string): Promise<string> {
    return this.probe.call(await this.one(selector), 'function () { return this.value; }');
  }

  /** Waits until a field's value contains `text` (forms fill in as the background answers). */
  async valueContaining(selector: string, text: string): Promise<string> {
    const deadline = Date.now() + 15_000;
    let value = '';
    while (Date.now() < deadline) {
      value = await this.value(selector);
      if (value.includes(text)) return value;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${selector} never contained ${JSON.stringify(text)}; last: ${value}`);
  }

  /** Which of our elements has focus, by a selector it must match. */
  async focused(selector: string): Promise<boolean> {
    for (const el of await this.probe.query(selector)) if (await this.probe.isFocused(el)) return true;
    return false;
  }

  async close(): Promise<void> {
    await this.probe.detach().catch(() => undefined);
    await this.page.close();
  }
}

/** The toolbar badge text of the tab showing `urlPrefix`, read in the service worker. */
export async function toolbarBadge(worker: WebWorker, urlPrefix: string): Promise<string> {
  return worker.evaluate(async (prefix) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApis }).chrome;
    const [tab] = await chrome.tabs.query({ url: `${prefix}*` });
    return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
  }, urlPrefix);
}

/** Counts the look-up messages the background receives (a listener beside the real one, answering nothing). */
export async function countLookups(worker: WebWorker): Promise<() => Promise<number>> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __lookups?: number; chrome: ChromeApis };
    g.__lookups = 0;
    const chrome = g.chrome;
    chrome.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'lookup') g.__lookups = (g.__lookups ?? 0) + 1;
      return undefined;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __lookups?: number }).__lookups ?? 0);
}

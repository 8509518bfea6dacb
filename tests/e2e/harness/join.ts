import en from '../../../public/_locales/en/messages.json';
import type { ExtensionBrowser } from './browser';

/**
 * Joins a team through the options page the way a person does: address, invite code, name, Join.
 * Waits for the "joined" notice, naming `team` when it is given.
 */
export async function joinViaOptions(
  ext: ExtensionBrowser,
  url: string,
  invite: string,
  name: string,
  team?: string,
): Promise<void> {
  const page = await ext.openExtensionPage('options.html');
  try {
    await page.locator(`::-p-aria(${en.options_server_url.message})`).fill(url);
    await page.locator(`::-p-aria(${en.options_invite_code.message})`).fill(invite);
    await page.locator(`::-p-aria(${en.options_your_name.message})`).fill(name);
    await page.locator(`::-p-aria(${en.options_join.message}[role="button"])`).click();
    const joined =
      team === undefined
        ? (en.options_joined.message.split('$1')[0] ?? '')
        : en.options_joined.message.replace('$1', team);
    await page.waitForFunction((text) => document.body.innerText.includes(text), { timeout: 30_000 }, joined);
  } finally {
    await page.close();
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileHtml } from '../fixtures/inpage/linkedin';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { InpagePage, toolbarBadge } from './inpage/inpage-page';
import { inpageScreenshot } from './inpage/screenshot';

const HANAKO = {
  slug: 'hanako-ito-8c2',
  name: 'Hanako Ito',
  headline: 'VP Sales at Orbital Vision',
  company: 'Orbital Vision',
  location: 'Yokohama, Kanagawa, Japan',
};
const KEN = {
  slug: 'ken-ogawa-77',
  name: 'Ken Ogawa',
  headline: 'Plant Manager at Hayabusa Motors',
  company: 'Hayabusa Motors',
  location: 'Nagoya, Aichi, Japan',
};

describe('in-page badges and save on a LinkedIn profile', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route(`www.linkedin.com/in/${HANAKO.slug}/`, { html: profileHtml(HANAKO) });
    server.route(`www.linkedin.com/in/${KEN.slug}/`, { html: profileHtml(KEN) });
    ext = await launchWithExtension(server);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows a new badge, saves with a tag from the preview, and shows saved after a reload', async () => {
    const ui = await InpagePage.open(ext, `https://www.linkedin.com/in/${HANAKO.slug}/`);
    const badge = await ui.badgeFor('Hanako Ito');
    expect(await ui.state(badge)).toBe('new');
    expect(await ui.label(badge)).toBe('Save Hanako Ito to Meishi');
    expect(await toolbarBadge(ext.worker, 'https://www.linkedin.com/in/hanako')).toBe('');

    await ui.openBadge(badge);
    await ui.dialogText('How we met');
    expect(await ui.value('#meishi-name')).toBe('Hanako Ito');
    expect(await ui.value('#meishi-company')).toBe('Orbital Vision');
    expect(await ui.value('#meishi-how')).toMatch(/^found on linkedin\.com, \d{4}-\d{2}-\d{2}$/);
    await ui.type('#meishi-tags', 'expo-2026');
    await ui.page.keyboard.press('Enter');
    await ui.probe.waitFor('.chip');
    await inpageScreenshot(ui.page, 'save-preview', 'en');
    await ui.click('[data-action="save"]');

    const card = await ui.dialogText('Saved.');
    expect(card).toContain('You');
    expect(card).toContain('found on linkedin.com');
    expect(card).toContain('expo-2026');
    await ui.badgeFor('Hanako Ito', 'saved');
    expect(await toolbarBadge(ext.worker, 'https://www.linkedin.com/in/hanako')).toBe('1');

    await ui.page.keyboard.press('Escape');
    await ui.waitForClosed();
    expect(await ui.focused('[data-meishi-badge]')).toBe(true);

    await ui.reload();
    const again = await ui.badgeFor('Hanako Ito', 'saved');
    expect(await ui.label(again)).toBe('Hanako Ito is saved in Meishi');
    await ui.close();
  });

  it('saves with the keyboard alone', async () => {
    const ui = await InpagePage.open(ext, `https://www.linkedin.com/in/${KEN.slug}/`);
    await ui.badgeFor('Ken Ogawa', 'new');
    // Tab through the page until the badge has focus: it is a button in the normal tab order.
    for (let i = 0; i < 30 && !(await ui.focused('[data-meishi-badge]')); i++)
      await ui.page.keyboard.press('Tab');
    expect(await ui.focused('[data-meishi-badge]')).toBe(true);
    await ui.page.keyboard.press('Enter');
    await ui.dialogText('How we met');
    expect(await ui.focused('#meishi-name')).toBe(true);
    for (let i = 0; i < 30 && !(await ui.focused('#meishi-tags')); i++) await ui.page.keyboard.press('Tab');
    expect(await ui.focused('#meishi-tags')).toBe(true);
    await ui.page.keyboard.type('keyboard-only');
    await ui.page.keyboard.press('Enter');
    await ui.probe.waitFor('.chip');
    // Enter on the now empty tag field submits the form.
    await ui.page.keyboard.press('Enter');
    expect(await ui.dialogText('Saved.')).toContain('keyboard-only');
    await ui.badgeFor('Ken Ogawa', 'saved');
    await ui.page.keyboard.press('Escape');
    await ui.waitForClosed();
    expect(await ui.focused('[data-meishi-badge]')).toBe(true);
    await ui.close();
  });

  it('closes on an outside click and never opens from a click the page fakes', async () => {
    const ui = await InpagePage.open(ext, `https://www.linkedin.com/in/${KEN.slug}/`);
    const badge = await ui.badgeFor('Ken Ogawa', 'saved');
    await ui.openBadge(badge);
    await ui.dialogText('Ken Ogawa');
    await ui.page.mouse.click(1000, 700);
    await ui.waitForClosed();
    // A script can only dispatch untrusted events, and only at our host: nothing opens.
    await ui.page.evaluate(() => {
      for (const el of document.querySelectorAll('*')) {
        if (/^[a-z]-[a-z]{8}$/.test(el.localName))
          el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }
    });
    await ui.probe.call(badge, 'function () { this.click(); }');
    expect(await ui.isDialogOpen()).toBe(false);
    await ui.close();
  });
});

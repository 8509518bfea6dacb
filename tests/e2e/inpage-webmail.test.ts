import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { InpagePage } from './inpage/inpage-page';

describe('in-page badges in a webmail thread', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    // The detectors' own Gmail thread fixture, served where Gmail lives.
    server.route('mail.google.com/mail/u/0/', 'webmail/gmail-thread.html');
    ext = await launchWithExtension(server);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('badges the people of the thread and saves one with what their signature says', async () => {
    const ui = await InpagePage.open(ext, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ');
    const alice = await ui.badgeFor('Alice Walker', 'new');
    await ui.badgeFor('Grace Lin', 'new');
    await ui.openBadge(alice);
    await ui.dialogText('How we met');
    expect(await ui.value('#meishi-title-f')).toBe('Director of Operations');
    expect(await ui.value('#meishi-company')).toBe('Northwind Traders Ltd.');
    expect(await ui.value('#meishi-how')).toMatch(/^found on mail\.google\.com, \d{4}-\d{2}-\d{2}$/);
    await ui.click('[data-action="save"]');
    const card = await ui.dialogText('Saved.');
    expect(card).toContain('alice.walker@northwind.example');
    expect(card).toContain('+1 415 555 0142');
    await ui.badgeFor('Alice Walker', 'saved');
    await ui.close();
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './harness/fixture-server';
import { profileHtml } from '../fixtures/inpage/linkedin';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { InpagePage } from './inpage/inpage-page';
import { joinAndSync, TeamServer } from './inpage/team';
import { KENJI, SECRETS, seedTeam } from './inpage/team-fixture';

const HOSTILE = '<script src="/hostile.js"></script>';

describe('a hostile page cannot read what the popover shows', () => {
  let server: FixtureServer;
  let team: TeamServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('www.linkedin.com/hostile.js', 'inpage/hostile.js');
    // Loaded before our content script (first in <head>) and after it (last in <body>).
    server.route(`www.linkedin.com/in/${KENJI.slug}/`, {
      html: profileHtml(KENJI, HOSTILE).replace('</body>', `${HOSTILE}</body>`),
    });
    team = await TeamServer.start();
    await seedTeam(team);
    ext = await launchWithExtension(server);
    await joinAndSync(ext, team, 'Mia Sato');
  });

  afterAll(async () => {
    await ext?.close();
    await team?.close();
    await server?.close();
  });

  it('collects none of the teammate data on screen, nor the extension id', async () => {
    const source = await readFile(path.join(FIXTURES, 'inpage/hostile.js'), 'utf8');
    const page = await ext.browser.newPage();
    // And once more before anything else on the page, as an init script.
    await page.evaluateOnNewDocument(source);
    await page.close();
    const ui = await InpagePage.open(
      ext,
      `https://www.linkedin.com/in/${KENJI.slug}/?ext=${ext.extensionId}`,
    );
    await ui.page.evaluateOnNewDocument(source);
    await ui.reload();

    // The popover really shows the secrets to the user...
    await ui.openBadge(await ui.badgeFor(KENJI.name, 'known'));
    const shown = await ui.dialogText('Aiko Kato');
    expect(shown).toContain('Tokyo Expo');
    expect(shown).toContain('4 emails');
    expect(shown).toContain('Ben Ito');
    await ui.click('[data-action="intro"]');
    await ui.one('#meishi-intro-who');
    await ui.page.keyboard.press('Escape');
    await ui.waitForClosed();
    await ui.openBadge(await ui.badgeFor(KENJI.name, 'known'));
    await ui.dialogText('Aiko Kato');

    // ...while the page, which ran before and after us and watched everything, got none of them.
    const loot = await ui.page.evaluate(async () => {
      const w = window as unknown as {
        __dump(why: string): void;
        __stolen: string[];
        __roots: unknown[];
        __hostileRuns: number;
      };
      w.__dump('final');
      await new Promise((r) => setTimeout(r, 500)); // let its fetches and messages settle
      return { stolen: w.__stolen, roots: w.__roots.length, runs: w.__hostileRuns };
    });
    const bytes = loot.stolen.join('\n');
    expect(loot.runs).toBeGreaterThanOrEqual(3);
    expect(bytes.length).toBeGreaterThan(10_000);
    // It did collect the page itself and saw our (empty) hosts come and go.
    expect(bytes).toContain('Engineering Manager at Hayabusa Motors');
    expect(bytes).toMatch(/customElement:\{"tag":"[a-z]-[a-z]{8}"/);
    for (const secret of [...SECRETS.teammates, ...SECRETS.evidence, ...SECRETS.hidden]) {
      expect(bytes, secret).not.toContain(secret);
    }
    expect(bytes).not.toContain(ext.extensionId);
    expect(bytes).not.toMatch(/fetched\//);
    expect(bytes).not.toContain('sendMessage-reply');
    expect(loot.roots).toBe(0);
    const roots = await ui.probe.roots();
    expect(roots.length).toBeGreaterThanOrEqual(2); // the badge and the popover
    expect(new Set(roots.map((r) => r.mode))).toEqual(new Set(['closed']));
    await ui.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { clickToolbarIcon } from './inpage/action';
import { InpagePage } from './inpage/inpage-page';
import { joinAndSync, TeamServer } from './inpage/team';
import { seedTeam } from './inpage/team-fixture';

describe('a company’s own site, scanned on demand from the popup', () => {
  let server: FixtureServer;
  let team: TeamServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('acme.example/', 'inpage/acme-site.html');
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

  it('runs nothing until asked, then badges the company with the team’s warm map', async () => {
    const ui = await InpagePage.open(ext, 'https://acme.example/');
    // Not a granted site: no content script, no hosts.
    expect(await ui.probe.roots()).toEqual([]);
    expect(await ui.page.evaluate(() => document.querySelectorAll('*').length)).toBeLessThan(40);

    const popup = await clickToolbarIcon(ext, 'https://acme.example/');
    await popup.locator('button::-p-text(Scan this page)').click();

    const badge = await ui.badgeFor('Acme Robotics', 'known');
    expect(await ui.label(badge)).toBe('2 teammates know people at Acme Robotics');
    await ui.page.bringToFront();
    await ui.openBadge(badge);
    const text = await ui.dialogText('The team knows 2 people at Acme Robotics');
    expect(text).toContain('Wei Chen');
    expect(text).toContain('Aiko Kato');
    expect(text).toContain('Omar Kowalski');
    // The popup closes itself once the page takes focus back.
    if (!popup.isClosed()) await popup.close().catch(() => undefined);
    await ui.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { countLookups, InpagePage, toolbarBadge } from './inpage/inpage-page';
import { inpageScreenshot } from './inpage/screenshot';
import { joinAndSync, TeamServer } from './inpage/team';
import { ACME, KENJI, OMAR, RESULTS, routeTeamPages, seedTeam, WEI } from './inpage/team-fixture';

describe('who on the team knows them, from teammates’ synced records', () => {
  let server: FixtureServer;
  let team: TeamServer;
  let ext: ExtensionBrowser;
  let seeded: Awaited<ReturnType<typeof seedTeam>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    routeTeamPages(server);
    team = await TeamServer.start();
    seeded = await seedTeam(team);
    ext = await launchWithExtension(server);
    await joinAndSync(ext, team, 'Mia Sato');
  });

  afterAll(async () => {
    await ext?.close();
    await team?.close();
    await server?.close();
  });

  it('badges all 25 search results with one look-up, known ones with the closest teammate', async () => {
    const lookups = await countLookups(ext.worker);
    const ui = await InpagePage.open(
      ext,
      'https://www.linkedin.com/search/results/people/?keywords=robotics',
      {
        width: 1100,
        height: 1000,
      },
    );
    // Badges are made as their cards near the screen: scroll through the results.
    await ui.badges(5);
    for (let y = 0; y <= 3000; y += 600) {
      await ui.page.evaluate((top) => window.scrollTo(0, top), y);
      await new Promise((r) => setTimeout(r, 100));
    }
    const badges = await ui.badges(RESULTS.length);
    expect(badges).toHaveLength(25);
    expect(await lookups()).toBe(1);
    await ui.page.evaluate(() => window.scrollTo(0, 0));
    const kenji = await ui.badgeFor(KENJI.name, 'known');
    expect(await ui.label(kenji)).toBe('Kenji Mori is known by 2 teammates, closest: Aiko Kato');
    expect(await ui.probe.call(kenji, 'function () { return this.textContent; }')).toBe('AK2');
    expect(await ui.label(await ui.badgeFor(WEI.name, 'known'))).toContain('Aiko Kato');
    expect(await ui.label(await ui.badgeFor(OMAR.name, 'known'))).toContain('Ben Ito');
    const states = await Promise.all(badges.map((b) => ui.state(b)));
    expect(states.filter((s) => s === 'known')).toHaveLength(3);
    expect(states.filter((s) => s === 'new')).toHaveLength(22);
    expect(await toolbarBadge(ext.worker, 'https://www.linkedin.com/search/')).toBe('3');
    await inpageScreenshot(ui.page, 'badge', 'en', { x: 150, y: 52, width: 800, height: 520 });

    // Badges cover none of the page's controls (links, buttons).
    const controls = await ui.page.evaluate(() =>
      [...document.querySelectorAll('main a[href], main button')].map((el) => {
        const r = el.getBoundingClientRect();
        return { l: r.left, t: r.top, r: r.right, b: r.bottom };
      }),
    );
    for (const badge of await ui.probe.query('[data-meishi-badge]')) {
      const b = await ui.probe.rect(badge);
      const hit = controls.find((c) => b.x < c.r && b.x + b.w > c.l && b.y < c.b && b.y + b.h > c.t);
      expect(hit, `${await ui.label(badge)} covers a control`).toBeUndefined();
    }

    // No layout shift: every element of the page sits exactly where it does without our badges.
    const boxes = () =>
      ui.page.evaluate(() =>
        [...document.querySelectorAll('main *')]
          .filter((el) => !/^[a-z]-[a-z]{8}$/.test(el.localName))
          .map((el) => {
            const r = el.getBoundingClientRect();
            return `${r.left},${r.top},${r.width},${r.height}`;
          }),
      );
    const withBadges = await boxes();
    await ui.page.evaluate(() => {
      for (const el of document.querySelectorAll('main *'))
        if (/^[a-z]-[a-z]{8}$/.test(el.localName)) el.remove();
    });
    expect(await boxes()).toEqual(withBadges);
    await ui.close();
  });

  it('explains who knows them, hides what teammates keep private, and asks for an intro', async () => {
    const ui = await InpagePage.open(ext, `https://www.linkedin.com/in/${KENJI.slug}/`);
    await ui.openBadge(await ui.badgeFor(KENJI.name, 'known'));
    const text = await ui.dialogText('Aiko Kato');
    expect(text).toContain('Who on the team knows them');
    expect(text).toMatch(/Aiko Kato\s*strong|Aiko Kato\s*medium|Aiko Kato\s*weak/);
    expect(text).toContain('Tokyo Expo booth');
    expect(text).toContain('4 emails, last 2 weeks ago');
    expect(text).toMatch(/first met on \d{4}-\d{2}-\d{2} at Tokyo Expo/);
    expect(text).toContain('Ben Ito knows someone by this name at Hayabusa Motors');
    for (const hidden of ['Chie', 'golf', 'Karuizawa', 'confidential']) expect(text).not.toContain(hidden);
    await inpageScreenshot(ui.page, 'person-popover', 'en');

    await ui.click('[data-action="intro"]');
    // The draft is rewritten once the ranked introducers arrive; wait for that version.
    const message = await ui.valueContaining(
      '#meishi-intro-msg',
      'Could you introduce me to Kenji Mori at Hayabusa Motors?',
    );
    expect(message).toContain('Please check with Kenji first');
    await ui.click('#meishi-intro button[type="submit"]');
    expect(await ui.dialogText('Intro requested from Aiko Kato.')).toContain(
      'Intro requested from Aiko Kato.',
    );
    // The request travels the normal way: our outbox, the team server, Aiko's pull.
    await joinlessSync(ext);
    await seeded.aiko.sync();
    expect(await seeded.aiko.introRequestsFor(seeded.kenjiId)).toEqual([{ status: 'asked', message }]);
    await ui.close();
  });

  it('shows the company warm map on a LinkedIn company page and saves the company', async () => {
    const ui = await InpagePage.open(ext, `https://www.linkedin.com/company/${ACME.slug}/`);
    const badge = await ui.badgeFor(ACME.name, 'known');
    expect(await ui.label(badge)).toBe('2 teammates know people at Acme Robotics');
    await ui.openBadge(badge);
    const text = await ui.dialogText('The team knows 2 people at Acme Robotics');
    expect(text).toContain('Wei Chen');
    expect(text).toContain('Omar Kowalski');
    expect(text.indexOf('Wei Chen')).toBeLessThan(text.indexOf('Omar Kowalski'));
    await inpageScreenshot(ui.page, 'company-popover', 'en');
    await ui.type('#meishi-company-tags', 'target-account');
    await ui.page.keyboard.press('Enter');
    await ui.click('[data-action="save-company"]');
    const after = await ui.dialogText('Saved company: Acme Robotics');
    expect(after).toContain('acme.example');
    expect(after).toContain('target-account');
    await ui.close();
  });
});

async function joinlessSync(ext: ExtensionBrowser): Promise<void> {
  const { askFromExtensionPage } = await import('./inpage/team');
  const outcome = await askFromExtensionPage<{ ok: boolean }>(ext, 'syncNow', {});
  expect(outcome.ok).toBe(true);
}

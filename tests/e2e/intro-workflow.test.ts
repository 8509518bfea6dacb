import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMailto } from '../../utils/intro/mailto';
import { createInvite, createTeam, startServer, type RunningServer } from '../../server/index';
import { profileHtml, type FixturePerson } from '../fixtures/inpage/linkedin';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { InpagePage } from './inpage/inpage-page';
import {
  eventually,
  fullScreenshot,
  globalBadge,
  joinViaOptions,
  notificationIds,
  openDashboard,
  saveAndLogMeeting,
  setLanguage,
  settle,
  stored,
  syncNow,
} from './intro/intro-flow';
import { screenshot } from './pages/screenshots';

const HARUTO: FixturePerson = {
  slug: 'haruto-ueda-7',
  name: 'Haruto Ueda',
  headline: 'VP Sales at Hayabusa Motors',
  company: 'Hayabusa Motors',
  location: 'Tokyo, Japan',
};
const EMAIL = 'haruto.ueda@hayabusa.example';

interface IntroRow {
  id: string;
  status: string;
  requesterId: string;
  introducerId: string;
  history: { status: string }[];
}
interface TaskRow {
  title: string;
  assignee?: string;
  visibility: string;
  done: boolean;
}

/**
 * Two members, each in their own Chromium with the built extension, on a real team server: Aiko (A)
 * asks Ben (B) for a warm introduction from a LinkedIn profile popover; Ben sees it (badge,
 * notification, popup, dashboard) and accepts; Aiko sees the status and her follow-up task.
 */
describe('a warm introduction between two members', () => {
  let fixtures: FixtureServer;
  let server: RunningServer;
  let dir: string;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;
  let requestId = '';

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    fixtures.route(`www.linkedin.com/in/${HARUTO.slug}/`, { html: profileHtml(HARUTO) });
    dir = await mkdtemp(path.join(tmpdir(), 'meishi-intro-'));
    server = await startServer({ port: 0, databaseUrl: path.join(dir, 'team.db'), logLevel: 'silent' });
    const { team, invite } = await createTeam(server.conn, 'Hayate Sales', Date.now());
    const second = await createInvite(server.conn, team.id, {
      role: 'member',
      expiresInMs: 86_400_000,
      by: 'cli',
      now: Date.now(),
    });
    [a, b] = await Promise.all([launchWithExtension(fixtures), launchWithExtension(fixtures)]);
    await joinViaOptions(a, server.url, invite.code, 'Aiko Kato');
    await joinViaOptions(b, server.url, second.code, 'Ben Ito');
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
    await fixtures?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('A asks B from the profile popover: ranked, explained, a double opt-in message', async () => {
    // B met Haruto: saved him from his profile, logged a meeting, added his email on the person page.
    await saveAndLogMeeting(b, HARUTO);
    const [haruto] = (await stored<{ id: string; displayName: string }>(b, 'people')).filter(
      (p) => p.displayName === HARUTO.name,
    );
    const edit = await openDashboard(b, `person/${haruto!.id}`);
    await edit.locator('::-p-aria(Edit[role="button"])').click();
    await edit.waitForSelector('form [name="emails"]');
    await edit.type('form [name="emails"]', EMAIL);
    await edit.click('form button[type="submit"]');
    await edit.waitForSelector('form [name="emails"]', { hidden: true });
    await edit.close();
    await syncNow(b);
    await syncNow(a);

    const ui = await InpagePage.open(a, `https://www.linkedin.com/in/${HARUTO.slug}/`, {
      width: 1100,
      height: 900,
    });
    await ui.openBadge(await ui.badgeFor(HARUTO.name, 'known'));
    expect(await ui.dialogText('Ben Ito')).toContain('Ben Ito');
    await ui.click('[data-action="intro"]');
    // The draft is rewritten once the ranked introducers arrive (the textarea is busy until then).
    await ui.one('#meishi-intro-msg:not([aria-busy="true"])');
    const message = await ui.valueContaining('#meishi-intro-msg', 'Hi Ben,');
    expect(message).toContain('Could you introduce me to Haruto Ueda at Hayabusa Motors?');
    expect(message).toContain('Please check with Haruto first');
    expect(message.trim().endsWith('Aiko Kato')).toBe(true);
    const chosen = await ui.probe.call(
      await ui.one('#meishi-intro-who'),
      'function () { return this.options[this.selectedIndex].text; }',
    );
    expect(chosen).toMatch(/^Ben Ito · (strong|medium|weak)$/);
    // Why Ben: the evidence behind the ranking, never a bare number.
    const why = await ui.dialogText('met in person once');
    expect(why).toMatch(/relationship \(\d+\): met in person once/);
    expect(why).toContain('no intro requests answered yet');
    await ui.page.screenshot({
      path: path.join(await screenshotsDir(), 'intro-ask-en.png') as `${string}.png`,
    });
    await ui.click('#meishi-intro button[type="submit"]');
    await ui.dialogText('Intro requested from Ben Ito.');
    await ui.close();

    const [request] = await stored<IntroRow>(a, 'introRequests');
    expect(request).toMatchObject({ status: 'asked', history: [{ status: 'asked' }] });
    requestId = request!.id;
    await syncNow(a);
  });

  it('B sees it waiting (badge, notification, popup, dashboard) and accepts with an email draft', async () => {
    await syncNow(b);
    const badge = await eventually(
      () => globalBadge(b),
      (v) => v.text === '1',
      'B’s toolbar badge',
    );
    expect(badge.title).toContain('Intro requests waiting for you: 1');
    await eventually(
      () => notificationIds(b),
      (ids) => ids.includes(`meishi-intro:${requestId}`),
      'B’s notification',
    );

    const popup = await b.openExtensionPage('popup.html');
    await popup.setViewport({ width: 380, height: 560 });
    await popup.waitForSelector(`[data-intro="${requestId}"]`);
    expect(await popup.$eval(`[data-intro="${requestId}"]`, (e) => e.textContent ?? '')).toContain(
      'Aiko Kato → Haruto Ueda',
    );
    await settle(popup);
    await screenshot(popup, 'intro-popup', 'en');
    await popup.close();

    const list = await openDashboard(b, 'intros');
    await list.waitForSelector(
      `[data-list="intros-for-me"] [data-intro="${requestId}"][data-status="asked"]`,
    );
    await list.click(`[data-intro="${requestId}"] a`);
    await list.waitForSelector('[data-intro-action="accept"]');
    expect(await text(list, '.intro-text')).toContain('Could you introduce me to Haruto Ueda');
    await list.type('#intro-reason', 'Happy to: we meet often.');
    await list.click('[data-intro-action="accept"]');
    await list.waitForSelector('[data-mailto]');
    expect(await text(list, '[role="status"]')).toContain('Accepted. Aiko Kato has a follow-up task.');
    const href = await list.$eval('[data-mailto]', (el) => el.getAttribute('href') ?? '');
    const mail = parseMailto(href);
    expect(mail?.to).toEqual([EMAIL]);
    expect(mail?.headers.subject).toBe('Introduction to Aiko Kato?');
    expect(mail?.headers.body).toContain('Would you be open to an introduction?');
    expect(href).toContain('%0D%0A');
    await settle(list);
    await screenshot(list, 'intro-accept', 'en');
    await list.close();

    expect(await stored<IntroRow>(b, 'introRequests')).toMatchObject([{ id: requestId, status: 'accepted' }]);
    const tasks = await stored<TaskRow>(b, 'tasks');
    expect(tasks).toMatchObject([{ visibility: 'private', done: false }]);
    await syncNow(b);
    await eventually(
      () => globalBadge(b),
      (v) => v.text === '',
      'B’s badge clears',
    );
  });

  it('A sees the status, the timeline and the follow-up task, then marks it introduced', async () => {
    await syncNow(a);
    const [request] = await stored<IntroRow>(a, 'introRequests');
    expect(request).toMatchObject({ status: 'accepted' });
    expect(request?.history.map((h) => h.status)).toEqual(['asked', 'accepted']);
    const tasks = await stored<TaskRow>(a, 'tasks');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      title: "Follow up with Haruto Ueda after Ben Ito's introduction",
      assignee: request!.requesterId,
      done: false,
    });
    await eventually(
      () => notificationIds(a),
      (ids) => ids.includes(`meishi-intro:${requestId}`),
      'A’s notification of the answer',
    );

    const page = await openDashboard(a, `intro/${requestId}`);
    await page.waitForSelector('[data-intro-status]');
    expect(await text(page, '[data-intro-status]')).toBe('Accepted');
    expect(
      await page.$$eval('.intro-steps li', (els) => els.map((e) => e.getAttribute('data-step'))),
    ).toEqual(['asked', 'accepted']);
    expect(await text(page, '.intro-tasks')).toContain(
      "Follow up with Haruto Ueda after Ben Ito's introduction",
    );
    expect(await text(page, '.intro')).toContain('Happy to: we meet often.');
    await settle(page);
    await screenshot(page, 'intro-requester', 'en');

    await page.click('[data-intro-action="done"]');
    await page.waitForFunction(
      () => document.querySelector('[data-intro-status]')?.textContent === 'Introduced',
    );
    await page.close();
    await syncNow(a);
    await syncNow(b);
    expect(await stored<IntroRow>(b, 'introRequests')).toMatchObject([{ status: 'done' }]);
  });

  it('draws the team analytics from these records, in English and Japanese', async () => {
    for (const lang of ['en', 'ja'] as const) {
      await setLanguage(a, lang);
      const page = await openDashboard(a, 'analytics');
      await page.waitForSelector('[data-chart="points"] canvas');
      const charts = await page.$$eval('[data-chart]', (els) => els.map((e) => e.getAttribute('data-chart')));
      expect(charts).toEqual(['points', 'people', 'kinds', 'intros']);
      // Every chart drew something on its canvas.
      const inked = await page.$$eval('[data-chart] canvas', (canvases) =>
        canvases.map((c) => {
          const ctx = (c as HTMLCanvasElement).getContext('2d');
          const px = ctx?.getImageData(
            0,
            0,
            (c as HTMLCanvasElement).width,
            (c as HTMLCanvasElement).height,
          ).data;
          let n = 0;
          for (let i = 3; px && i < px.length; i += 4) if ((px[i] ?? 0) > 0) n++;
          return n;
        }),
      );
      expect(inked).toHaveLength(4);
      for (const n of inked) expect(n).toBeGreaterThan(0);
      expect(await text(page, '[data-funnel]')).toContain(lang === 'en' ? '1 asked' : '依頼 1 件');
      expect(await text(page, '.companies-table')).toContain('Hayabusa Motors');
      // Ben's meeting with Haruto: 3 contact points this week.
      const points = await page.$$eval('[data-chart="points"] tbody td', (tds) =>
        tds.map((td) => Number(td.textContent)),
      );
      expect(points.reduce((x, y) => x + y, 0)).toBe(3);
      await fullScreenshot(page, 'analytics', lang);
      await page.close();
    }
    await setLanguage(a, 'en');
  });
});

async function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (e) => (e as HTMLElement).innerText ?? e.textContent ?? '');
}

async function screenshotsDir(): Promise<string> {
  const { SCREENSHOTS } = await import('./pages/screenshots');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(SCREENSHOTS, { recursive: true });
  return SCREENSHOTS;
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { createInvite, createTeam, startServer, type RunningServer } from '../../server/index';
import { profileHtml, type FixturePerson } from '../fixtures/inpage/linkedin';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { joinViaOptions } from './harness/join';
import { InpagePage } from './inpage/inpage-page';
import { askFromExtensionPage } from './inpage/team';
import { DashboardPage } from './pages/dashboard';

const AKIRA: FixturePerson = {
  slug: 'akira-tanabe-31',
  name: 'Akira Tanabe',
  headline: 'Director of Procurement at Kestrel Logistics',
  company: 'Kestrel Logistics',
  location: 'Osaka, Japan',
};
const RINA: FixturePerson = {
  slug: 'rina-hoshi-9',
  name: 'Rina Hoshi',
  headline: 'CFO at Lumen Grid',
  company: 'Lumen Grid',
  location: 'Tokyo, Japan',
};

interface Status {
  joined: boolean;
  pending: number;
  lastSuccessAt: number | null;
  lastError: { message: string; kind: string } | null;
}

/** The team server, stoppable and restartable on the same port and database (going offline and back). */
class Server {
  running: RunningServer | null = null;
  port = 0;
  constructor(readonly file: string) {}
  async start(): Promise<void> {
    this.running = await startServer({ port: this.port, databaseUrl: this.file, logLevel: 'silent' });
    this.port = Number(new URL(this.running.url).port);
  }
  async stop(): Promise<void> {
    await this.running?.close();
    this.running = null;
  }
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }
}

async function waitFor(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function syncNow(ext: ExtensionBrowser): Promise<{ ok: boolean }> {
  return askFromExtensionPage<{ ok: boolean }>(ext, 'syncNow', {});
}

async function status(ext: ExtensionBrowser): Promise<Status> {
  return askFromExtensionPage<Status>(ext, 'syncStatus', {});
}

/** A person as this profile's IndexedDB holds it, read in the extension's own worker. */
async function storedPeople(ext: ExtensionBrowser): Promise<Record<string, unknown>[]> {
  return ext.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('meishi');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction('people').objectStore('people').getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(req.error);
      });
    } finally {
      db.close();
    }
  });
}

async function personNamed(
  ext: ExtensionBrowser,
  name: string,
): Promise<Record<string, unknown> | undefined> {
  return (await storedPeople(ext)).find((p) => p.displayName === name);
}

/** Saves the person on a profile page from the popover, with the default visibility (team). */
async function saveFromPage(ext: ExtensionBrowser, who: FixturePerson): Promise<void> {
  const ui = await InpagePage.open(ext, `https://www.linkedin.com/in/${who.slug}/`);
  await ui.openBadge(await ui.badgeFor(who.name, 'new'));
  await ui.dialogText('How we met');
  await ui.click('[data-action="save"]');
  await ui.dialogText('Saved.');
  await ui.close();
}

/** Edits a person in the dashboard's form: the path a user takes to change visibility or a field. */
async function editInDashboard(
  ext: ExtensionBrowser,
  id: string,
  change: { visibility?: string; title?: string; notes?: string },
): Promise<void> {
  const dash = await DashboardPage.open(ext, `person/${id}`);
  const page = dash.page;
  await page.locator(`::-p-aria(${en.dash_edit.message}[role="button"])`).click();
  await page.waitForSelector('form.person-form');
  if (change.visibility) await page.select('form [name="visibility"]', change.visibility);
  for (const field of ['title', 'notes'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    await page.click(`form [name="${field}"]`, { count: 3 });
    await page.keyboard.press('Backspace');
    await page.type(`form [name="${field}"]`, value);
  }
  await page.click('form.person-form button[type="submit"]');
  await page.waitForSelector('form.person-form', { hidden: true });
  await page.close();
}

describe('two browser profiles on one team server', () => {
  let fixtures: FixtureServer;
  let server: Server;
  let dir: string;
  let a: ExtensionBrowser;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    for (const p of [AKIRA, RINA]) fixtures.route(`www.linkedin.com/in/${p.slug}/`, { html: profileHtml(p) });
    dir = await mkdtemp(path.join(tmpdir(), 'meishi-two-'));
    server = new Server(path.join(dir, 'team.db'));
    await server.start();
    const { team, invite } = await createTeam(server.running!.conn, 'Kestrel Sales', Date.now());
    const second = await createInvite(server.running!.conn, team.id, {
      role: 'member',
      expiresInMs: 86_400_000,
      by: 'cli',
      now: Date.now(),
    });
    [a, b] = await Promise.all([launchWithExtension(fixtures), launchWithExtension(fixtures)]);
    await joinViaOptions(a, server.url, invite.code, 'Aiko Kato', 'Kestrel Sales');
    await joinViaOptions(b, server.url, second.code, 'Ben Ito', 'Kestrel Sales');
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
    await fixtures?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows B that A knows a person A saved, and stops once A makes it private', async () => {
    await saveFromPage(a, AKIRA);
    // Nobody asks: a moment after the write, the background pushes it by itself.
    await waitFor(async () => (await status(a)).pending === 0 && (await status(a)).lastSuccessAt !== null);
    expect((await syncNow(b)).ok).toBe(true);

    const ui = await InpagePage.open(b, `https://www.linkedin.com/in/${AKIRA.slug}/`);
    const badge = await ui.badgeFor(AKIRA.name, 'known');
    expect(await ui.label(badge)).toContain('Aiko Kato');
    await ui.openBadge(badge);
    expect(await ui.dialogText('Aiko Kato')).toContain('Aiko Kato');
    await ui.close();

    const akira = await personNamed(a, AKIRA.name);
    await editInDashboard(a, String(akira?.id), { visibility: 'private' });
    expect((await syncNow(a)).ok).toBe(true);
    expect((await syncNow(b)).ok).toBe(true);
    expect(await personNamed(b, AKIRA.name)).toBeUndefined();

    const again = await InpagePage.open(b, `https://www.linkedin.com/in/${AKIRA.slug}/`);
    const fresh = await again.badgeFor(AKIRA.name, 'new');
    expect(await again.label(fresh)).not.toContain('Aiko');
    await again.openBadge(fresh);
    expect(await again.dialogText('How we met')).not.toContain('Aiko Kato');
    await again.close();
  });

  it('both edit while the server is down, then converge when it is back', async () => {
    await saveFromPage(b, RINA);
    expect((await syncNow(b)).ok).toBe(true);
    expect((await syncNow(a)).ok).toBe(true);
    const rina = await personNamed(a, RINA.name);
    expect(rina).toBeDefined();
    const id = String(rina?.id);

    await server.stop();
    await editInDashboard(a, id, { title: 'Chief Financial Officer' });
    await editInDashboard(b, id, { notes: 'Met at the Osaka grid summit' });
    expect((await syncNow(a)).ok).toBe(false);
    const offline = await status(a);
    expect(offline.pending).toBeGreaterThan(0);
    expect(offline.lastError?.message).toBe(en.sync_error_offline.message);

    await server.start();
    expect((await syncNow(a)).ok).toBe(true);
    expect((await syncNow(b)).ok).toBe(true);
    expect((await syncNow(a)).ok).toBe(true);
    const [inA, inB] = [await personNamed(a, RINA.name), await personNamed(b, RINA.name)];
    expect(inA?.title).toBe('Chief Financial Officer');
    expect(inA?.notes).toBe('Met at the Osaka grid summit');
    expect(inB).toEqual(inA);
    expect((await status(a)).pending).toBe(0);
    expect((await status(b)).pending).toBe(0);
  });
});

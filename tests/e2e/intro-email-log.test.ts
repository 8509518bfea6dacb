import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { InpagePage } from './inpage/inpage-page';
import { eventually, stored } from './intro/intro-flow';
import { OptionsPage } from './pages/options';

interface InteractionRow {
  kind: string;
  at: number;
  direction?: string;
  personIds: string[];
}
interface PersonRow {
  id: string;
  displayName: string;
}

const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ';
// The thread's first message is dated "Mon, Jun 2, 2026, 9:14 AM" in the browser's zone (the same as the test's).
const SENT = new Date(2026, 5, 2, 9, 14).getTime();

/** Saves someone of the open thread from their badge's popover. */
async function save(ui: InpagePage, name: string): Promise<void> {
  await ui.openBadge(await ui.badgeFor(name, 'new'));
  await ui.dialogText('How we met');
  await ui.click('[data-action="save"]');
  await ui.dialogText('Saved.');
  await ui.badgeFor(name, 'saved');
}

describe('logging emails from a webmail thread', () => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('mail.google.com/mail/u/0/', 'webmail/gmail-thread.html');
    ext = await launchWithExtension(server);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('logs nothing by itself; “Log this email” logs the message once, dated from it', async () => {
    const ui = await InpagePage.open(ext, THREAD);
    await save(ui, 'Alice Walker');
    expect(await stored<InteractionRow>(ext, 'interactions')).toEqual([]);
    await ui.click('[data-action="log-email"]');
    await ui.dialogText('Email logged.');
    const [logged] = await stored<InteractionRow>(ext, 'interactions');
    expect(logged).toMatchObject({ kind: 'email', at: SENT, direction: 'inbound' });
    await ui.click('[data-action="log-email"]');
    await ui.dialogText('This email was already logged.');
    expect(await stored<InteractionRow>(ext, 'interactions')).toHaveLength(1);
    await ui.close();
  });

  it('with the option on, logs the thread’s emails with saved people as the thread opens', async () => {
    const ui = await InpagePage.open(ext, THREAD);
    await save(ui, 'Grace Lin');
    await ui.close();
    const options = await OptionsPage.open(ext);
    await options.page.click('#auto-log-emails');
    await eventually(
      () => options.storedSettings(),
      (s) => s.autoLogEmails === true,
      'the setting is saved',
    );
    await options.page.close();

    const again = await InpagePage.open(ext, THREAD);
    const people = await stored<PersonRow>(ext, 'people');
    const grace = people.find((p) => p.displayName === 'Grace Lin')!.id;
    const alice = people.find((p) => p.displayName === 'Alice Walker')!.id;
    // Grace was on the same message (cc): she joins the email already logged, nothing is doubled.
    const rows = await eventually(
      () => stored<InteractionRow>(ext, 'interactions'),
      (r) => r.length === 1 && r[0]!.personIds.includes(grace),
      'the automatic log',
    );
    expect(rows[0]).toMatchObject({ kind: 'email', at: SENT, personIds: [alice, grace] });
    await again.close();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createRecord, setDbForTests, type MeishiDb } from '@/utils/db';
import { updateSettings } from '@/utils/settings/settings';
import { emailsSeen, logEmail } from './email-log';
import { as, teamStore } from './inpage-test-setup';

const AT = Date.parse('2026-06-02T00:14:00Z');
let db: MeishiDb;
let kenji: string;
let hidden: string;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await teamStore();
  kenji = (
    await createRecord(
      db,
      'person',
      { displayName: 'Kenji Mori', emails: [{ value: 'Kenji.Mori@hayabusa.example' }] },
      as('aiko'),
    )
  ).id;
  hidden = (
    await createRecord(
      db,
      'person',
      { displayName: 'Chie Secret', emails: [{ value: 'chie@secret.example' }], visibility: 'private' },
      as('chie'),
    )
  ).id;
});
afterEach(() => setDbForTests(undefined));

const message = (from: string, to: string[], at = AT) => ({
  messageKey: `gmail:${from}:${at}`,
  at,
  from,
  to,
});

describe('logging emails with saved people', () => {
  it('logs one email with its own date and direction, once', async () => {
    const first = await logEmail({ personIds: [kenji], at: AT, direction: 'inbound', messageKey: 'gmail:1' });
    expect(first.created).toBe(true);
    expect(await db.interactions.get(first.interactionId)).toMatchObject({
      memberId: 'me',
      personIds: [kenji],
      kind: 'email',
      at: AT,
      direction: 'inbound',
      visibility: 'team',
    });
    expect(await logEmail({ personIds: [kenji], at: AT })).toEqual({
      interactionId: first.interactionId,
      created: false,
    });
    await expect(logEmail({ personIds: [hidden], at: AT })).rejects.toThrow(/not saved/);
    // The same email logged for someone else on it: they join the one interaction.
    const aiko = (await createRecord(db, 'person', { displayName: 'Aiko Kato' }, as('me'))).id;
    expect(await logEmail({ personIds: [aiko], at: AT })).toEqual({
      interactionId: first.interactionId,
      created: false,
    });
    expect((await db.interactions.get(first.interactionId))?.personIds).toEqual([kenji, aiko]);
    expect(await db.interactions.count()).toBe(1);
  });

  it('writes nothing on its own while automatic logging is off (the default)', async () => {
    const reply = await emailsSeen({
      messages: [
        message('kenji.mori@hayabusa.example', ['me@acme.example']),
        message('x@y.example', ['z@y.example']),
      ],
    });
    expect(reply).toEqual({
      logged: [],
      offered: [{ messageKey: `gmail:kenji.mori@hayabusa.example:${AT}`, at: AT, personIds: [kenji] }],
      skipped: 0,
    });
    expect(await db.interactions.count()).toBe(0);
  });

  it('logs each message with saved people once when automatic logging is on', async () => {
    await updateSettings({ autoLogEmails: true });
    const thread = {
      messages: [
        message('kenji.mori@hayabusa.example', ['me@acme.example']),
        message('me@acme.example', ['KENJI.MORI@hayabusa.example', 'chie@secret.example'], AT + 3_600_000),
      ],
    };
    const reply = await emailsSeen(thread);
    expect(reply.logged).toHaveLength(2);
    const rows = await db.interactions.toArray();
    expect(rows.map((r) => [r.direction, r.at, r.personIds])).toEqual([
      ['inbound', AT, [kenji]],
      ['outbound', AT + 3_600_000, [kenji]],
    ]);
    // Seen again (the thread re-rendered, or the page reloaded): nothing new.
    expect(await emailsSeen(thread)).toMatchObject({ logged: [], skipped: 2 });
    expect(await db.interactions.count()).toBe(2);
  });
});

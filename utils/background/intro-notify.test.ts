import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { createRecord, setDbForTests, type MeishiDb } from '@/utils/db';
import { setLang } from '@/utils/i18n';
import { askForIntro, moveIntro } from '@/utils/intro/workflow';
import { as, teamStore } from './inpage-test-setup';
import { introBadgeText, refreshIntroBadge } from './intro-badge';
import { notifyIntroNews, openNotified } from './intro-notify';

let db: MeishiDb;
let kenji: string;

beforeEach(async () => {
  fakeBrowser.reset();
  setLang('en');
  db = await teamStore();
  kenji = (await createRecord(db, 'person', { displayName: 'Kenji Mori' }, as('aiko'))).id;
});
afterEach(() => setDbForTests(undefined));

const shown = async () =>
  Object.values(await browser.notifications.getAll()) as unknown as { message: string }[];

describe('the toolbar badge for intro requests', () => {
  it('counts requests waiting for my answer, and says so in the tooltip', async () => {
    expect(await refreshIntroBadge()).toBe(0);
    expect(await browser.action.getBadgeText({})).toBe('');
    await askForIntro(db, as('aiko'), { introducerId: 'me', targetPersonId: kenji, message: 'Hi' });
    const other = await askForIntro(db, as('ben'), {
      introducerId: 'me',
      targetPersonId: kenji,
      message: 'Hi',
    });
    await askForIntro(db, as('ben'), { introducerId: 'aiko', targetPersonId: kenji, message: 'Hi' });
    expect(await refreshIntroBadge()).toBe(2);
    expect(await browser.action.getBadgeText({})).toBe('2');
    expect(await browser.action.getTitle({})).toBe(
      'Meishi — team contacts — Intro requests waiting for you: 2',
    );
    await moveIntro(db, as('me'), other.id, 'decline');
    expect(await refreshIntroBadge()).toBe(1);
    expect(introBadgeText(150)).toBe('99+');
  });
});

describe('intro notifications', () => {
  it('remembers quietly the first time, then tells of new requests and answers once', async () => {
    await askForIntro(db, as('aiko'), { introducerId: 'me', targetPersonId: kenji, message: 'Old one' });
    expect(await notifyIntroNews()).toEqual({ asked: [], answered: [] });
    expect(await shown()).toEqual([]);

    const fresh = await askForIntro(db, as('ben'), {
      introducerId: 'me',
      targetPersonId: kenji,
      message: 'Hi',
    });
    const mine = await askForIntro(db, as('me'), {
      introducerId: 'aiko',
      targetPersonId: kenji,
      message: 'Hi',
    });
    const news = await notifyIntroNews();
    expect(news.asked.map((r) => r.id)).toEqual([fresh.id]);
    expect((await shown()).map((n) => n.message)).toEqual([
      'Ben Ito asks you to introduce them to Kenji Mori.',
    ]);

    await moveIntro(db, as('aiko'), mine.id, 'accept');
    const answered = await notifyIntroNews();
    expect(answered.answered.map((r) => r.id)).toEqual([mine.id]);
    expect((await shown()).map((n) => n.message)).toContain(
      'Aiko Kato accepted your request for an introduction to Kenji Mori.',
    );
    expect(await notifyIntroNews()).toEqual({ asked: [], answered: [] });
  });

  it('says nothing before joining a team', async () => {
    await db.meta.put({ key: 'memberId', value: 'local' });
    expect(await notifyIntroNews()).toEqual({ asked: [], answered: [] });
  });

  it('opens the request from its notification, and ignores anything else', async () => {
    const req = await askForIntro(db, as('ben'), {
      introducerId: 'me',
      targetPersonId: kenji,
      message: 'Hi',
    });
    expect(await openNotified('someone-else:1')).toBe(false);
    expect(await openNotified('meishi-intro:not-an-id')).toBe(false);
    expect(await openNotified(`meishi-intro:${req.id}`)).toBe(true);
    const tabs = await browser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(
      `chrome-extension://test-extension-id/dashboard.html#/intro/${req.id}`,
    );
  });
});

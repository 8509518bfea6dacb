import { browser } from 'wxt/browser';
import { z } from 'zod';
import { getDb } from '@/utils/db';
import { setLang, t } from '@/utils/i18n';
import { introNews, type IntroNews } from '@/utils/intro/lists';
import { IntroStatusSchema, type IntroRequest } from '@/utils/model';
import { getSettings } from '@/utils/settings/settings';
import { currentMemberId } from './actor';
import { memberNames } from './members';

const TOLD_KEY = 'introTold';
/** What this member was already told, so a notification is shown once per request and status. */
const ToldSchema = z.object({ memberId: z.string(), told: z.record(z.string(), IntroStatusSchema) });

export const NOTIFICATION_PREFIX = 'meishi-intro:';

/**
 * Notifies of new requests waiting for my answer and of answers to my own requests. The first look
 * after joining (or after a reinstall) only remembers: old requests are not news.
 */
export async function notifyIntroNews(): Promise<IntroNews> {
  const none: IntroNews = { asked: [], answered: [] };
  const me = await currentMemberId();
  // Before joining a team nobody else can ask anything.
  if (me === 'local') return none;
  const db = getDb();
  const [asIntroducer, asRequester] = await Promise.all([
    db.introRequests.where('introducerId').equals(me).toArray(),
    db.introRequests.where('requesterId').equals(me).toArray(),
  ]);
  const rows = [...asIntroducer, ...asRequester];
  const stored = ToldSchema.safeParse((await browser.storage.local.get(TOLD_KEY))[TOLD_KEY]);
  const first = !stored.success || stored.data.memberId !== me;
  const told = new Map(first ? [] : Object.entries(stored.data.told));
  const news = first ? none : introNews(rows, me, told);
  await browser.storage.local.set({
    [TOLD_KEY]: { memberId: me, told: Object.fromEntries(rows.map((r) => [r.id, r.status])) },
  });
  if (news.asked.length + news.answered.length === 0) return news;
  setLang((await getSettings()).language);
  const names = await memberNames();
  const nameOf = (id: string) => names.get(id) ?? id;
  for (const r of news.asked) {
    await show(
      r,
      t('intro_notify_asked_title'),
      t('intro_notify_asked', nameOf(r.requesterId), await targetOf(r)),
    );
  }
  for (const r of news.answered) {
    const key = r.status === 'accepted' ? 'intro_notify_accepted' : 'intro_notify_declined';
    await show(r, t('intro_notify_answered_title'), t(key, nameOf(r.introducerId), await targetOf(r)));
  }
  return news;
}

async function targetOf(r: IntroRequest): Promise<string> {
  return (await getDb().people.get(r.targetPersonId))?.displayName ?? '…';
}

async function show(r: IntroRequest, title: string, message: string): Promise<void> {
  try {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${r.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  } catch {
    // Notifications switched off for the browser or the extension: the badge and lists still say it.
  }
}

/** A click on a notification opens that request in the dashboard. */
export async function openNotified(notificationId: string): Promise<boolean> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return false;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  if (!z.uuid().safeParse(id).success) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html#/intro/${id}`) });
  await browser.notifications.clear(notificationId).catch(() => undefined);
  return true;
}

import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { waitingForMe } from '@/utils/intro/lists';
import { currentMemberId } from './actor';

/** Amber, unlike the per-tab indigo count of known people, so the two numbers never read alike. */
export const INTRO_BADGE_COLOR = '#b45309';

export function introBadgeText(waiting: number): string {
  return waiting <= 0 ? '' : waiting > 99 ? '99+' : String(waiting);
}

/**
 * The toolbar's global badge counts intro requests waiting for my answer. A tab that shows known
 * people sets its own badge, which wins on that tab; every other tab shows this one. The tooltip
 * says it in words either way, so the number is never ambiguous.
 */
export async function refreshIntroBadge(): Promise<number> {
  const me = await currentMemberId();
  const rows = await getDb().introRequests.where('introducerId').equals(me).toArray();
  const waiting = waitingForMe(rows, me);
  await browser.action.setBadgeText({ text: introBadgeText(waiting) });
  await browser.action.setBadgeBackgroundColor({ color: INTRO_BADGE_COLOR });
  await browser.action.setTitle({
    title: waiting > 0 ? `${t('extName')} — ${t('intro_badge_title', waiting)}` : t('extName'),
  });
  return waiting;
}

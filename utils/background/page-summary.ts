import { browser } from 'wxt/browser';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import type { SenderInfo } from '@/utils/messaging/handle';

/** The toolbar icon shows how many known people are on the tab. */
export async function pageSummary(
  data: MessageData<'pageSummary'>,
  sender: SenderInfo,
): Promise<Replies['pageSummary']> {
  if (sender.tabId === undefined) return { ok: true };
  const text = data.known > 0 ? String(Math.min(data.known, 999)) : '';
  await browser.action.setBadgeText({ tabId: sender.tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId: sender.tabId, color: '#4f46e5' });
  return { ok: true };
}

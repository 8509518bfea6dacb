import { browser } from 'wxt/browser';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import type { SenderInfo } from '@/utils/messaging/handle';

/** The toolbar icon shows how many known people are on the tab. */
export async function pageSummary(
  data: MessageData<'pageSummary'>,
  sender: SenderInfo,
): Promise<Replies['pageSummary']> {
  if (sender.tabId === undefined) return { ok: true };
  if (data.known <= 0) {
    // No tab text: the tab falls back to the global badge (intro requests waiting for me).
    await browser.action.setBadgeText({ tabId: sender.tabId });
    return { ok: true };
  }
  const text = String(Math.min(data.known, 999));
  await browser.action.setBadgeText({ tabId: sender.tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId: sender.tabId, color: '#4f46e5' });
  return { ok: true };
}

import { browser } from 'wxt/browser';
import type { MessageData, Replies } from '@/utils/messaging/protocol';

/** Opens the dashboard on a person or a company, next to the tab that asked. */
export async function openDashboard(
  data: MessageData<'openDashboard'>,
  sender: { tabId?: number },
): Promise<Replies['openDashboard']> {
  const url = browser.runtime.getURL(`/dashboard.html#/${data.entity}/${data.id}`);
  const opener = sender.tabId !== undefined ? { openerTabId: sender.tabId } : {};
  await browser.tabs.create({ url, ...opener });
  return { ok: true };
}

import { browser } from 'wxt/browser';
import { messenger } from './client';
import { MESSAGES, type MessageData, type MessageType, type Replies, type Reply } from './protocol';

export interface SenderInfo {
  /** The tab of a content script; undefined for extension pages. */
  tabId?: number;
  url?: string;
  /** The frame of a content script (0 = top), so replies that inject code reach the right frame. */
  frameId?: number;
  fromPage: boolean;
}

export type Handler<T extends MessageType> = (
  data: MessageData<T>,
  sender: SenderInfo,
) => Promise<Replies[T]>;

function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}

/**
 * Who sent it, judged by the browser's own sender record, never by what the message claims.
 * Content scripts report the web page's URL; only the extension's own pages have its origin.
 */
export function judgeSender(sender: {
  id?: string;
  tab?: { id?: number };
  url?: string;
  frameId?: number;
}): SenderInfo | null {
  if (sender.id !== browser.runtime.id) return null;
  let fromPage = false;
  try {
    fromPage = !!sender.url && new URL(sender.url).origin === extensionOrigin();
  } catch {
    return null;
  }
  if (!fromPage && sender.tab?.id === undefined) return null;
  return {
    tabId: sender.tab?.id,
    url: sender.url,
    fromPage,
    ...(typeof sender.frameId === 'number' ? { frameId: sender.frameId } : {}),
  };
}

/** Register one message handler: the data is parsed with its schema and the sender checked first. */
export function handle<T extends MessageType>(type: T, handler: Handler<T>): () => void {
  const spec = MESSAGES[type];
  const allowed = spec.from as 'content' | 'page';
  const listener = async (message: {
    data: unknown;
    sender: { id?: string; tab?: { id?: number }; url?: string; frameId?: number };
  }): Promise<Reply<T>> => {
    const sender = judgeSender(message.sender);
    if (!sender) return { ok: false, error: 'unknown sender' };
    if (allowed === 'page' && !sender.fromPage) return { ok: false, error: 'not allowed from a web page' };
    const parsed = spec.data.safeParse(message.data);
    if (!parsed.success) {
      return {
        ok: false,
        error: `invalid ${type}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      };
    }
    try {
      return { ok: true, value: await handler(parsed.data as MessageData<T>, sender) };
    } catch (error) {
      if (import.meta.env.DEV) console.error(`[meishi] ${type} failed`, error);
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  // The library types handlers per message generically; the listener's reply type is Reply<T> by construction.
  return messenger.onMessage(type, listener as unknown as Parameters<typeof messenger.onMessage<T>>[1]);
}

import { browser } from 'wxt/browser';
import { readThread, type ThreadMessage } from './thread';

export type SendSeen = (messages: ThreadMessage[]) => Promise<unknown>;

/** Read raw, without the settings schema, so the webmail content script stays small. */
async function autoLogOn(): Promise<boolean> {
  try {
    const stored = (await browser.storage.local.get('settings')).settings as
      { autoLogEmails?: unknown } | undefined;
    return stored?.autoLogEmails === true;
  } catch {
    return false;
  }
}

/** After the page settles: a thread opening changes hundreds of nodes at once. */
const SETTLE_MS = 1_000;

/**
 * Automatic email logging on a webmail tab, only while Settings.autoLogEmails is on (off by default):
 * when a thread is open, each message not sent before goes to the background, which logs the ones
 * with saved people. Switching the setting off stops watching at once.
 */
export function startEmailAutoLog(signal: AbortSignal, send: SendSeen, doc: Document = document): void {
  const sent = new Set<string>();
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = (): void => {
    timer = undefined;
    if (!observer || signal.aborted) return;
    const fresh = readThread(doc)
      .filter((m) => !sent.has(m.messageKey))
      .slice(0, 100);
    if (fresh.length === 0) return;
    for (const m of fresh) sent.add(m.messageKey);
    // A failed send is tried again on the next change.
    send(fresh).catch(() => fresh.forEach((m) => sent.delete(m.messageKey)));
  };
  const schedule = (): void => {
    timer ??= setTimeout(run, SETTLE_MS);
  };
  const set = (on: boolean): void => {
    if (on && !observer && !signal.aborted) {
      observer = new MutationObserver(schedule);
      observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
      schedule();
    } else if (!on && observer) {
      observer.disconnect();
      observer = undefined;
    }
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !('settings' in changes)) return;
    const next = changes.settings?.newValue as { autoLogEmails?: unknown } | undefined;
    set(next?.autoLogEmails === true);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => {
    set(false);
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onChanged);
  });
  void autoLogOn().then(set);
}

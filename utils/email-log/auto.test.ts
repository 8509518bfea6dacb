import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { fixture, parseDocument } from '../detect/testing';
import { startEmailAutoLog } from './auto';
import type { ThreadMessage } from './thread';

/** Past the settling delay, on a fake clock: nothing here depends on the machine's speed. */
const settle = () => vi.advanceTimersByTimeAsync(1_100);

describe('automatic email logging on a webmail tab', () => {
  let controller: AbortController;
  let sent: ThreadMessage[][];
  const send = async (messages: ThreadMessage[]) => {
    sent.push(messages);
  };

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    controller = new AbortController();
    sent = [];
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('sends nothing while the setting is off, the default', async () => {
    const doc = parseDocument(fixture('webmail/gmail-thread.html'));
    startEmailAutoLog(controller.signal, send, doc);
    await settle();
    expect(sent).toEqual([]);
  });

  it('sends each message of the open thread once after the setting is turned on, and stops when off', async () => {
    const doc = parseDocument(fixture('webmail/gmail-thread.html'));
    startEmailAutoLog(controller.signal, send, doc);
    await settle();
    await browser.storage.local.set({ settings: { autoLogEmails: true } });
    await settle();
    expect(sent.map((batch) => batch.map((m) => m.messageKey))).toEqual([['gmail:#msg-f:1790001']]);
    await browser.storage.local.set({ settings: { autoLogEmails: false } });
    await browser.storage.local.set({ settings: { autoLogEmails: true } });
    await settle();
    // The same message is not sent twice from one page.
    expect(sent).toHaveLength(1);
  });
});

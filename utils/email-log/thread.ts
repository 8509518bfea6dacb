import { GMAIL, OUTLOOK } from '../detect/webmail/selectors';
import { personOf, type Role } from '../detect/webmail/people';
import { clean, textOf } from '../detect/text';
import { hasTime, readMailDate } from './date';

/**
 * The messages of the email thread open on a webmail page: who sent each, to whom, and when. Only
 * header rows are read (never a message body), and nothing leaves the page unless the user logs an
 * email or turned automatic logging on.
 */
export interface ThreadMessage {
  /** Stable within the thread: the page's own message id when it shows one. */
  messageKey: string;
  at: number;
  from: string;
  to: string[];
}

const MAX_MESSAGES = 100;

function outside(el: Element, message: Element, selectors: string): boolean {
  const inner = el.closest(selectors);
  return !inner || !message.contains(inner);
}

/** The first date-with-time shown in a message header: a title attribute (Gmail) or a short text (Outlook). */
function dateIn(message: Element, skip: string, dayFirst: boolean): number | null {
  const candidates = Array.from(message.querySelectorAll('[title], span, div, time')).slice(0, 400);
  let bare: number | null = null;
  for (const el of candidates) {
    if (!outside(el, message, skip)) continue;
    for (const text of [
      el.getAttribute('datetime'),
      el.getAttribute('title'),
      el.children.length ? '' : textOf(el, 80),
    ]) {
      if (!text || text.length > 80) continue;
      const at = readMailDate(text, { dayFirst });
      if (at === null) continue;
      if (hasTime(text)) return at;
      bare ??= at;
    }
  }
  return bare;
}

function dayFirstFor(doc: Document): boolean {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
  return lang !== '' && lang !== 'en' && lang !== 'en-us' && !lang.startsWith('ja');
}

function gmailMessages(doc: Document): ThreadMessage[] {
  const main = doc.querySelector(GMAIL.main);
  if (!main?.querySelector(GMAIL.subject)) return [];
  const subject = clean(main.querySelector(GMAIL.subject)?.textContent, 200);
  const skip = `${GMAIL.body}, ${GMAIL.quotes}`;
  const out: ThreadMessage[] = [];
  for (const message of Array.from(main.querySelectorAll(GMAIL.message)).slice(0, MAX_MESSAGES)) {
    let from = '';
    const to = new Set<string>();
    for (const el of Array.from(message.querySelectorAll(`${GMAIL.person}, ${GMAIL.hovercard}`)).slice(
      0,
      200,
    )) {
      if (!outside(el, message, skip)) continue;
      const sender = !!el.closest(GMAIL.senderHeading) || el.matches(GMAIL.senderClass);
      const p = personOf(el, sender ? 'from' : 'to');
      if (!p) continue;
      if (sender) from ||= p.email;
      else to.add(p.email);
    }
    if (!from) continue;
    const at = dateIn(message, skip, dayFirstFor(doc));
    if (at === null) continue;
    to.delete(from);
    const id = message.getAttribute('data-message-id') ?? message.getAttribute('data-legacy-message-id');
    out.push({ messageKey: id ? `gmail:${id}` : `gmail:${subject}|${at}|${from}`, at, from, to: [...to] });
  }
  return out;
}

function roleOfLabel(label: string): Role | undefined {
  if (OUTLOOK.from.test(label)) return 'from';
  if (OUTLOOK.to.test(label)) return 'to';
  if (OUTLOOK.cc.test(label)) return 'cc';
  return undefined;
}

function outlookMessages(doc: Document): ThreadMessage[] {
  const pane = doc.querySelector(OUTLOOK.readingPane);
  if (!pane) return [];
  const subject = clean(pane.querySelector('[role="heading"]')?.textContent, 200);
  const regions = Array.from(pane.querySelectorAll('[role="region"]')).filter((r) =>
    r.querySelector('[aria-label]'),
  );
  const out: ThreadMessage[] = [];
  for (const message of (regions.length ? regions : [pane]).slice(0, MAX_MESSAGES)) {
    let from = '';
    const to = new Set<string>();
    for (const row of Array.from(message.querySelectorAll('[aria-label]')).slice(0, 200)) {
      const role = roleOfLabel(clean(row.getAttribute('aria-label'), 40));
      if (!role || !outside(row, message, OUTLOOK.body)) continue;
      for (const el of [row, ...Array.from(row.querySelectorAll('[title*="@"], [role="button"]'))].slice(
        0,
        60,
      )) {
        const p = personOf(el, role);
        if (!p) continue;
        if (role === 'from') from ||= p.email;
        else to.add(p.email);
      }
    }
    if (!from) continue;
    const at = dateIn(message, OUTLOOK.body, dayFirstFor(doc));
    if (at === null) continue;
    to.delete(from);
    out.push({ messageKey: `outlook:${subject}|${at}|${from}`, at, from, to: [...to] });
  }
  return out;
}

/** The open thread's messages, oldest first as the page shows them; empty when no thread is open. */
export function readThread(doc: Document): ThreadMessage[] {
  try {
    const gmail = gmailMessages(doc);
    return gmail.length ? gmail : outlookMessages(doc);
  } catch {
    return [];
  }
}

/** The latest message in which any of `emails` is the sender or a recipient, and which side they were on. */
export function latestWith(
  messages: readonly ThreadMessage[],
  emails: readonly string[],
): { message: ThreadMessage; direction: 'inbound' | 'outbound' } | null {
  const wanted = new Set(emails.map((e) => e.trim().toLowerCase()));
  let best: { message: ThreadMessage; direction: 'inbound' | 'outbound' } | null = null;
  for (const m of messages) {
    const direction = wanted.has(m.from) ? 'inbound' : m.to.some((t) => wanted.has(t)) ? 'outbound' : null;
    if (direction && (!best || m.at >= best.message.at)) best = { message: m, direction };
  }
  return best;
}

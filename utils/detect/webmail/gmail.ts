import type { SiteModule } from '../engine';
import { findEmails } from '../generic/emails';
import { clean, textOf } from '../text';
import type { DetectContext, Draft } from '../types';
import { headerDraft, personOf, type HeaderPerson, type Role } from './people';
import { GMAIL } from './selectors';
import { parseSignature, signatureDraft, signatureLines } from './signature';

function roleOf(el: Element, message: Element): Role {
  if (el.closest(GMAIL.senderHeading) || el.matches(GMAIL.senderClass)) return 'from';
  // In the expanded details table a row's first cell names the role ("cc:").
  const row = el.closest('tr');
  const label = row ? clean(row.firstElementChild?.textContent, 20) : '';
  if (GMAIL.ccLabel.test(label)) return 'cc';
  if (row && /^from\s*:?$/i.test(label) && message.contains(row)) return 'from';
  return 'to';
}

/** The open thread: the container of the subject heading inside the main landmark. */
function threadOf(root: ParentNode): ParentNode | undefined {
  const main = root.querySelector(GMAIL.main) ?? ((root as Element).closest?.(GMAIL.main) as Element | null);
  if (!main) return undefined;
  return main.querySelector(GMAIL.subject) ? main : undefined;
}

export function detectGmail(ctx: DetectContext): Draft[] {
  const thread = threadOf(ctx.root) ?? ((ctx.root as Node).nodeType === 1 ? ctx.root : undefined);
  if (!thread) return [];
  const drafts: Draft[] = [];
  // The signed-in account appears in the title ("Subject - me@example.com - Gmail"); it is not a contact.
  const own = new Set(findEmails(ctx.doc?.title ?? '', 3).map((e) => e.toLowerCase()));
  const rootEl = (ctx.root as Node).nodeType === 1 ? (ctx.root as Element) : null;
  const messages = Array.from(thread.querySelectorAll(GMAIL.message));
  const scoped = rootEl?.closest(GMAIL.message);
  const list = scoped ? [scoped] : messages.length ? messages : [thread as Element];
  for (const message of list.slice(0, 100)) {
    if (ctx.budget.expired()) break;
    const seen = new Set<string>();
    let sender: HeaderPerson | undefined;
    for (const el of Array.from(message.querySelectorAll(`${GMAIL.person}, ${GMAIL.hovercard}`)).slice(
      0,
      200,
    )) {
      const p = personOf(el, roleOf(el, message));
      if (!p || own.has(p.email) || seen.has(`${p.role}:${p.email}`)) continue;
      seen.add(`${p.role}:${p.email}`);
      if (p.role === 'from') sender ??= p;
      drafts.push(headerDraft(p));
    }
    const body = message.querySelector(GMAIL.body);
    if (body && sender) {
      const lines = signatureLines(body, GMAIL.signature, GMAIL.quotes);
      const hint = { name: sender.name, email: sender.email };
      const d = lines.length
        ? signatureDraft(parseSignature(lines, hint), hint, ctx.base, sender.element)
        : undefined;
      if (d) drafts.push(d);
    }
  }
  return drafts;
}

export const gmailSite: SiteModule = {
  id: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com',
  pageKind: (_url, doc) => (doc && threadOf(doc) ? 'thread' : 'list'),
  detectors: (kind) => (kind === 'thread' ? [detectGmail] : []),
  expects: { thread: ['name', 'emails'] },
};

/** Subject text, for tests and the CLI (never sent anywhere). */
export function gmailSubject(doc: Document): string {
  return textOf(doc.querySelector(`${GMAIL.main} ${GMAIL.subject}`), 200);
}

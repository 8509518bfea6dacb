import type { SiteModule } from '../engine';
import { clean } from '../text';
import type { DetectContext, Draft } from '../types';
import { headerDraft, personOf, splitAddress, type HeaderPerson, type Role } from './people';
import { OUTLOOK } from './selectors';
import { parseSignature, signatureDraft, signatureLines } from './signature';

const OUTLOOK_HOSTS = /^outlook\.(office|office365|live)\.com$/i;

/** Outlook on the web, on Microsoft's hosts or a company's own (recognised by the reading pane and title). */
export function isOutlook(url: URL, doc: Document | null): boolean {
  if (OUTLOOK_HOSTS.test(url.hostname)) return true;
  if (!doc) return false;
  const pane = doc.querySelector(`${OUTLOOK.readingPane}, ${OUTLOOK.body}`);
  return !!pane && (OUTLOOK.titleSignal.test(doc.title) || OUTLOOK.pathSignal.test(url.pathname));
}

function roleLabel(label: string): Role | undefined {
  if (OUTLOOK.from.test(label)) return 'from';
  if (OUTLOOK.to.test(label)) return 'to';
  if (OUTLOOK.cc.test(label)) return 'cc';
  return undefined;
}

/** People in one labelled header row: persona buttons and spans with an address, or "Name <email>" text. */
function rowPeople(row: Element, role: Role): HeaderPerson[] {
  const out: HeaderPerson[] = [];
  const items = Array.from(
    row.querySelectorAll('[title*="@"], [role="button"], button, span[aria-label], [data-hovercard-id]'),
  );
  for (const el of [row, ...items].slice(0, 60)) {
    const p = personOf(el, role);
    if (p && !out.some((o) => o.email === p.email)) out.push(p);
  }
  if (!out.length) {
    const label = clean(row.getAttribute('aria-label'), 400)
      .replace(OUTLOOK.from, '')
      .replace(OUTLOOK.to, '')
      .replace(OUTLOOK.cc, '');
    for (const part of label.split(/[;；]/)) {
      const { name, email } = splitAddress(part);
      if (email) out.push({ name, email, role, element: row });
    }
  }
  return out;
}

export function detectOutlook(ctx: DetectContext): Draft[] {
  const drafts: Draft[] = [];
  // The signed-in account's name is in the title ("Mail - Jordan Lee - Outlook"); it is not a contact.
  const account = OUTLOOK.accountTitle.exec(clean(ctx.doc?.title, 200))?.[1];
  const pane = ctx.root.querySelector(OUTLOOK.readingPane) ?? ctx.root;
  const rows = Array.from(pane.querySelectorAll('[aria-label]')).filter((el) =>
    roleLabel(clean(el.getAttribute('aria-label'), 40)),
  );
  let sender: HeaderPerson | undefined;
  for (const row of rows.slice(0, 50)) {
    if (ctx.budget.expired()) break;
    // Nested labelled elements belong to the outer row.
    if (rows.some((other) => other !== row && other.contains(row))) continue;
    const role = roleLabel(clean(row.getAttribute('aria-label'), 40))!;
    for (const p of rowPeople(row, role)) {
      if (account && p.name === account) continue;
      if (role === 'from') sender ??= p;
      drafts.push(headerDraft(p));
    }
  }
  const body = pane.querySelector(OUTLOOK.body);
  if (body && sender) {
    const lines = signatureLines(body, OUTLOOK.signature, OUTLOOK.quotes);
    const hint = { name: sender.name, email: sender.email };
    const d = lines.length
      ? signatureDraft(parseSignature(lines, hint), hint, ctx.base, sender.element)
      : undefined;
    if (d) drafts.push(d);
  }
  return drafts;
}

export const outlookSite: SiteModule = {
  id: 'outlook',
  matches: isOutlook,
  pageKind: (_url, doc) => (doc?.querySelector(OUTLOOK.body) ? 'message' : 'list'),
  detectors: (kind) => (kind === 'message' ? [detectOutlook] : []),
  expects: { message: ['name', 'emails'] },
};

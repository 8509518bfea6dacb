import { addEmail, addPhone, newDraft, setText } from '../draft';
import { looksLikePersonName, nearbyName } from '../names';
import { clean, cleanLines, isSkipped, visibleText } from '../text';
import type { DetectContext, Draft } from '../types';
import { findEmails, mayHaveEmail } from './emails';
import { findPhones } from './phones';

const MAX_BLOCKS = 400;
const MAX_EMAIL_DRAFTS = 200;
const BLOCKS = new Set([
  'P',
  'LI',
  'TD',
  'DD',
  'DIV',
  'ADDRESS',
  'SECTION',
  'ARTICLE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'SPAN',
  'BODY',
]);

function blockOf(el: Element): Element {
  let b: Element = el;
  for (let up = 0; up < 3 && !BLOCKS.has(b.tagName.toUpperCase()) && b.parentElement; up++)
    b = b.parentElement;
  return b;
}

const CONTACT_LINE = /[@＠\d]|\[at\]|\(at\)/i;

/** A name in the words just before the address: "Press: Jane Doe <…>", "Direct line for Jane Doe: …". */
function nameBefore(before: string): string | undefined {
  const text = clean(before.replace(/[<(:：\-–—|,]+\s*$/, ''), 120);
  const tries = [text, text.split(/[:：]/).pop() ?? ''];
  const words = text.split(' ');
  for (let n = 2; n <= 4 && n <= words.length; n++) tries.push(words.slice(-n).join(' '));
  return tries.map((t) => clean(t, 80)).find(looksLikePersonName);
}

/** "Jane Doe <jane@x.com>", "Jane Doe: jane@x.com", or a name a line or two above (skipping contact lines). */
function nameOnLine(lines: string[], index: number, needle: string): string | undefined {
  const line = lines[index] ?? '';
  const at = line.indexOf(needle);
  const same = nameBefore(at > 0 ? line.slice(0, at) : '');
  if (same) return same;
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const prev = lines[i]!;
    if (looksLikePersonName(prev)) return prev;
    if (!CONTACT_LINE.test(prev)) break;
  }
  return undefined;
}

/**
 * Emails and phone numbers in visible text (obfuscated forms included), each paired with a name on the same
 * line or the line before. Text nodes are scanned once; each block is read at most once.
 */
export function detectTextContacts(ctx: DetectContext): Draft[] {
  const drafts: Draft[] = [];
  const done = new Set<Element>();
  let emailDrafts = 0;
  // Start from <html> on a document: some DOMs do not link the doctype to its next sibling.
  const rootNode: Node =
    (ctx.root as Node).nodeType === 9
      ? ((ctx.root as Document).documentElement ?? (ctx.root as Node))
      : (ctx.root as Node);
  let node: Node | null = rootNode.firstChild;
  while (node) {
    if (ctx.budget.expired()) {
      ctx.stats.timedOut = true;
      break;
    }
    let descend = false;
    if (node.nodeType === 1) descend = !isSkipped(node as Element) && !!node.firstChild;
    else if (node.nodeType === 3 && node.parentElement && done.size < MAX_BLOCKS) {
      const value = node.nodeValue ?? '';
      const hasEmail = mayHaveEmail(value);
      const hasPhone = /\d[\d\s().-]{6,}\d/.test(value);
      if (hasEmail || hasPhone) {
        const block = blockOf(node.parentElement);
        if (!done.has(block)) {
          done.add(block);
          const lines = cleanLines(visibleText(block, 4000), 60);
          for (let i = 0; i < lines.length; i++) {
            const line = lines[i]!;
            if (mayHaveEmail(line)) {
              for (const email of findEmails(line, 50)) {
                ctx.stats.emailsSeen++;
                if (emailDrafts >= MAX_EMAIL_DRAFTS) {
                  ctx.stats.capped = true;
                  continue;
                }
                const name = nameOnLine(lines, i, email.split('@')[0]!) ?? nearbyName(block, 2)?.name;
                const d = newDraft('person', name ? 0.5 : 0.3, node.parentElement);
                if (name) setText(d, 'name', name, 'text');
                if (addEmail(d, email, 'text')) {
                  emailDrafts++;
                  drafts.push(d);
                }
              }
            }
            if (/\d[\d\s().-]{6,}\d/.test(line)) {
              for (const phone of findPhones(line, ctx.region, 10)) {
                ctx.stats.phonesSeen++;
                const name = nameOnLine(lines, i, phone);
                if (!name) continue;
                const d = newDraft('person', 0.45, node.parentElement);
                setText(d, 'name', name, 'text');
                if (addPhone(d, phone, 'text')) drafts.push(d);
              }
            }
          }
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== rootNode && !node.nextSibling) node = node.parentNode;
    if (!node || node === rootNode) break;
    node = node.nextSibling;
  }
  if (done.size >= MAX_BLOCKS) ctx.stats.capped = true;
  return drafts;
}

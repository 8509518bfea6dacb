import { addEmail, addPhone, newDraft, setText } from '../draft';
import { looksLikePersonName, nearbyName } from '../names';
import { clean, textOf } from '../text';
import type { DetectContext, Draft } from '../types';
import { decodeCfEmail } from './emails';

const MAX_LINKS = 300;

function nameFor(link: Element): { name?: string; anchor: Element } {
  const text = textOf(link, 120);
  if (looksLikePersonName(text)) return { name: text, anchor: link };
  const title = clean(link.getAttribute('title') ?? link.getAttribute('aria-label'), 120);
  if (looksLikePersonName(title)) return { name: title, anchor: link };
  const near = nearbyName(link);
  return near ? { name: near.name, anchor: near.element } : { anchor: link };
}

/** mailto: and tel: links, and Cloudflare-protected addresses, each with the name written near it. */
export function detectContactLinks(ctx: DetectContext): Draft[] {
  const drafts: Draft[] = [];
  const links = ctx.root.querySelectorAll(
    'a[href^="mailto:" i], a[href^="tel:" i], [data-cfemail], a[href*="/cdn-cgi/l/email-protection#"]',
  );
  let n = 0;
  for (const link of Array.from(links)) {
    if (++n > MAX_LINKS) {
      ctx.stats.capped = true;
      break;
    }
    if (ctx.budget.expired()) break;
    const href = link.getAttribute('href') ?? '';
    const { name, anchor } = nameFor(link);
    if (/^tel:/i.test(href)) {
      ctx.stats.phonesSeen++;
      if (!name) continue; // a number with nobody's name beside it is the site's; the site detector keeps those
      const d = newDraft('person', 0.6, anchor);
      setText(d, 'name', name, 'tel');
      if (addPhone(d, decodeURIComponent(href.slice(4)).split(/[;,?]/)[0] ?? '', 'tel')) drafts.push(d);
      continue;
    }
    let emails: string[] = [];
    const cf =
      link.getAttribute('data-cfemail') ?? (href.includes('email-protection#') ? href.split('#')[1] : null);
    if (cf) {
      const decoded = decodeCfEmail(cf);
      if (decoded) emails = [decoded];
    } else {
      const address = href.slice(7).split('?')[0] ?? '';
      try {
        emails = decodeURIComponent(address).split(/[,;]/);
      } catch {
        emails = address.split(/[,;]/);
      }
    }
    for (const email of emails.slice(0, 5)) {
      ctx.stats.emailsSeen++;
      const d = newDraft('person', name ? 0.6 : 0.35, anchor);
      if (name) setText(d, 'name', name, 'mailto');
      if (addEmail(d, email, 'mailto')) drafts.push(d);
    }
  }
  return drafts;
}

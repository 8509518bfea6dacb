import { newDraft, setText } from '../draft';
import { looksLikePersonName, nearbyName } from '../names';
import { clean, textOf } from '../text';
import type { DetectContext, Draft } from '../types';
import { profileUrl, safeHttpUrl } from '../urls';

const MAX_LINKS = 300;
const SELECTOR =
  'a[href*="linkedin.com/"], a[href*="twitter.com/"], a[href*="x.com/"], a[href*="github.com/"]';

/** Profile links (LinkedIn, X, GitHub) with a person's name on the link or in the same card. */
export function detectSocialLinks(ctx: DetectContext): Draft[] {
  const drafts: Draft[] = [];
  const siteHost = ctx.url.hostname.replace(/^www\./, '');
  let n = 0;
  for (const link of Array.from(ctx.root.querySelectorAll(SELECTOR))) {
    if (++n > MAX_LINKS || ctx.budget.expired()) break;
    const href = safeHttpUrl(link.getAttribute('href'), ctx.base);
    const profile = href ? profileUrl(href) : undefined;
    if (!profile || profile.company) continue;
    // A site linking to its own social accounts (header/footer icons) is not a person.
    if (link.closest('footer, nav, header, [role="contentinfo"], [role="navigation"]')) continue;
    if (new URL(profile.url).hostname.endsWith(siteHost)) continue;
    const text = textOf(link, 120);
    const label = clean(link.getAttribute('aria-label') ?? link.getAttribute('title'), 120);
    let name: string | undefined;
    let anchor: Element = link;
    if (looksLikePersonName(text)) name = text;
    else if (looksLikePersonName(label)) name = label;
    else {
      const near = nearbyName(link, 3);
      if (near) ({ name, element: anchor } = near);
    }
    if (!name) continue;
    const d = newDraft('person', 0.5, anchor);
    setText(d, 'name', name, 'social-link');
    d.links.push({ kind: profile.kind, url: profile.url });
    d.sources.push({ field: 'links', source: 'social-link' });
    drafts.push(d);
  }
  return drafts;
}

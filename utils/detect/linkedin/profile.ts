import { addLink, newDraft, setPhoto, setText } from '../draft';
import { clean, nameKey, textOf } from '../text';
import type { DetectContext, Draft } from '../types';
import { cleanName, companyFromHeadline, fromTitle, metaContent, pageSlug } from './page';
import { ARIA, CHROME, PROFILE } from './selectors';

function first(root: ParentNode, selectors: string[]): Element | undefined {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return undefined;
}

/** The section that holds the top card: the nearest ancestor of the heading that also holds other text blocks. */
export function topCardOf(h1: Element): Element {
  let card: Element = h1;
  for (let up = 0; up < 8 && card.parentElement; up++) {
    card = card.parentElement;
    if (card.tagName === 'SECTION' || card.tagName === 'MAIN' || card.getAttribute('role') === 'main') break;
  }
  return card;
}

/** The first text block after the heading's block (LinkedIn puts the headline right below the name). */
function headlineAfter(h1: Element, name: string): string | undefined {
  let block: Element = h1;
  for (let up = 0; up < 5; up++) {
    for (let sib = block.nextElementSibling; sib; sib = sib.nextElementSibling) {
      const t = textOf(sib, 220);
      if (
        t &&
        nameKey(t) !== nameKey(name) &&
        !CHROME.some((re) => re.test(t)) &&
        !sib.querySelector('button, h1, h2')
      )
        return t;
      if (t) break;
    }
    if (!block.parentElement) break;
    block = block.parentElement;
  }
  return undefined;
}

function locationNear(card: Element): string | undefined {
  const contact = card.querySelector(PROFILE.contactInfo);
  if (contact) {
    let holder: Element | null = contact;
    for (let up = 0; holder && up < 3; up++, holder = holder.parentElement) {
      for (const sib of [holder.previousElementSibling, holder.parentElement?.firstElementChild].filter(
        Boolean,
      )) {
        const t = textOf(sib as Element, 120);
        if (t && !(sib as Element).contains(contact) && t.length <= 100) return t;
      }
    }
  }
  return textOf(first(card, PROFILE.locationClass), 100) || undefined;
}

/** The profile's top card: name, headline, current company, location, photo. */
export function detectProfile(ctx: DetectContext): Draft[] {
  const doc = ctx.doc;
  const slug = pageSlug(ctx.url);
  if (!slug) return [];
  const main = ctx.root.querySelector(ARIA.mainLandmark) ?? doc?.querySelector(ARIA.mainLandmark) ?? null;
  const h1 = main?.querySelector('h1') ?? ctx.root.querySelector('h1') ?? first(ctx.root, PROFILE.nameClass);
  if ((ctx.root as Node).nodeType !== 9 && !h1) return [];
  const title = fromTitle(doc?.title ?? '');
  const og = fromTitle(metaContent(doc, 'og:title'));
  const heading = h1 ? cleanName(textOf(h1, 200)) : '';
  // The title and Open Graph come first, but only while they agree with the heading: after in-app
  // navigation the title can still name the previous profile.
  const candidates = [title.name, og.name].filter((n): n is string => !!n);
  const confirmed = candidates.find((n) => !heading || nameKey(n) === nameKey(heading));
  const d = newDraft('person', 0.9, h1?.closest('a') ?? h1);
  if (confirmed) setText(d, 'name', cleanName(confirmed), 'linkedin-profile');
  else setText(d, 'name', heading, 'linkedin-profile');
  if (!d.name) return [];
  addLink(
    d,
    `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
    ctx.base,
    'linkedin-profile',
    'linkedin',
  );
  const card = h1 ? topCardOf(h1) : (main ?? (ctx.root as Element));
  const headline = (h1 && headlineAfter(h1, d.name)) || textOf(first(card, PROFILE.headlineClass), 220);
  setText(d, 'title', headline, 'linkedin-profile');
  for (const el of Array.from(card.querySelectorAll('[aria-label]')).slice(0, 50)) {
    const label = clean(el.getAttribute('aria-label'), 300);
    for (const re of ARIA.currentCompany) {
      const m = re.exec(label);
      if (m?.[1]) setText(d, 'company', m[1], 'linkedin-profile');
    }
  }
  if (og.name && confirmed === og.name) setText(d, 'company', og.company, 'og');
  setText(d, 'company', companyFromHeadline(headline), 'linkedin-profile');
  setText(d, 'location', locationNear(card), 'linkedin-profile');
  const photo = Array.from(card.querySelectorAll('img[alt]')).find((img) => {
    const alt = cleanName(img.getAttribute('alt') ?? '');
    return !!alt && nameKey(alt) === nameKey(d.name ?? '');
  });
  if (!setPhoto(d, photo?.getAttribute('src'), ctx.base, 'linkedin-profile')) {
    setPhoto(d, metaContent(doc, 'og:image'), ctx.base, 'og');
  }
  return [d];
}

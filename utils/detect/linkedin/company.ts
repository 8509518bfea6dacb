import { addLink, newDraft, setPhoto, setText } from '../draft';
import { clean, nameKey, textOf } from '../text';
import type { DetectContext, Draft } from '../types';
import { fromTitle, metaContent, pageSlug } from './page';
import { ARIA, COMPANY } from './selectors';

/** The company's name as the page states it (used by the People tab to fill its people's company). */
export function companyName(ctx: DetectContext): { name?: string; heading?: Element } {
  const doc = ctx.doc;
  const main = doc?.querySelector(ARIA.mainLandmark) ?? null;
  const h1 =
    main?.querySelector('h1') ?? doc?.querySelector('h1') ?? doc?.querySelector(COMPANY.nameClass.join(', '));
  const heading = textOf(h1, 200);
  const title = fromTitle(doc?.title ?? '').name ?? fromTitle(metaContent(doc, 'og:title')).name;
  if (title && (!heading || nameKey(title) === nameKey(heading)))
    return { name: title, heading: h1 ?? undefined };
  return { name: heading || title, heading: h1 ?? undefined };
}

function website(doc: Document): string | undefined {
  for (const dt of Array.from(doc.querySelectorAll('dt')).slice(0, 40)) {
    if (!COMPANY.websiteTerm.test(clean(dt.textContent, 60))) continue;
    const href = dt.nextElementSibling?.querySelector('a[href]')?.getAttribute('href');
    if (href) return href;
  }
  for (const a of Array.from(doc.querySelectorAll('a[href^="http"]')).slice(0, 400)) {
    const label = clean(a.getAttribute('aria-label') ?? a.textContent, 80);
    if (COMPANY.visitWebsite.test(label)) return a.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** A company page: name, website, logo. */
export function detectCompanyPage(ctx: DetectContext): Draft[] {
  const doc = ctx.doc;
  const slug = pageSlug(ctx.url);
  if (!doc || !slug || (ctx.root as Node).nodeType !== 9) return [];
  const { name, heading } = companyName(ctx);
  const d = newDraft('company', 0.9, heading);
  if (!setText(d, 'name', name, 'linkedin-company')) return [];
  const kind = ctx.url.pathname.startsWith('/school/') ? 'school' : 'company';
  addLink(
    d,
    `https://www.linkedin.com/${kind}/${encodeURIComponent(slug)}/`,
    ctx.base,
    'linkedin-company',
    'linkedin',
  );
  const site = website(doc);
  if (site && !/linkedin\.com/i.test(site)) addLink(d, site, ctx.base, 'linkedin-company', 'website');
  const logo = Array.from(doc.querySelectorAll('main img[alt], img[alt]'))
    .slice(0, 100)
    .find(
      (img) =>
        COMPANY.logoAlt.test(img.getAttribute('alt') ?? '') &&
        nameKey((img.getAttribute('alt') ?? '').replace(COMPANY.logoAlt, '')) === nameKey(name ?? ''),
    );
  if (!setPhoto(d, logo?.getAttribute('src'), ctx.base, 'linkedin-company'))
    setPhoto(d, metaContent(doc, 'og:image'), ctx.base, 'og');
  return [d];
}

import { getDomain } from 'tldts';
import { addLink, addPhone, newDraft, setText } from '../draft';
import { clean } from '../text';
import type { DetectContext, Draft } from '../types';

function meta(doc: Document, selector: string): string {
  return clean(doc.querySelector(selector)?.getAttribute('content'), 200);
}

/** The site's own name: og:site_name, application-name, or the last part of the title. */
export function siteName(doc: Document, domain: string): { name: string; source: 'og' | 'site' } {
  const og = meta(doc, 'meta[property="og:site_name"]');
  if (og) return { name: og, source: 'og' };
  const app = meta(doc, 'meta[name="application-name"]');
  if (app) return { name: app, source: 'site' };
  const title = clean(doc.title, 200);
  const parts = title.split(/\s+[|\-–—·:]\s+/);
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  if (last && last.length <= 40) return { name: last, source: 'site' };
  return { name: domain, source: 'site' };
}

/**
 * The company that runs the site: keyed by its registrable domain, named from og:site_name or the title,
 * with phone links from the footer or contact block. JSON-LD Organization drafts merge into it by domain.
 */
export function detectSite(ctx: DetectContext): Draft[] {
  const doc = ctx.doc;
  if (!doc || (ctx.root as Node).nodeType !== 9) return [];
  const domain = getDomain(ctx.url.hostname);
  if (!domain) return [];
  const { name, source } = siteName(doc, domain);
  const d = newDraft('company', 0.4);
  if (!setText(d, 'name', name, source)) setText(d, 'name', domain, 'site');
  addLink(d, `https://${domain}/`, ctx.base, 'site', 'website');
  const contact = doc.querySelectorAll(
    'footer a[href^="tel:"], address a[href^="tel:"], [role="contentinfo"] a[href^="tel:"]',
  );
  for (const a of Array.from(contact).slice(0, 5))
    addPhone(d, (a.getAttribute('href') ?? '').slice(4), 'site');
  return [d];
}

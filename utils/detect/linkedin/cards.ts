import type { SourceKind } from '../../model';
import { addLink, newDraft, setPhoto, setText } from '../draft';
import { ancestor, cleanLines, clean, nameKey, plausibleName, visibleText } from '../text';
import type { DetectContext, Draft } from '../types';
import { profileUrl, safeHttpUrl } from '../urls';
import { cleanName, companyFromHeadline, nameFromAria, pageSlug } from './page';
import { ARIA, CHROME, VISUALLY_HIDDEN, isChrome, isListItem } from './selectors';

/**
 * Lists of people (search results, "People also viewed", a company's People tab, post authors): every
 * link to /in/<slug> is a person; the card is the largest ancestor that links to nobody else; the name comes
 * from the link (aria-hidden text, then its ARIA label, then the photo's alt), the headline is the first
 * line of the card that is neither the name nor UI chrome.
 */

const PROFILE_LINKS = 'a[href*="/in/"]';
const MAX_LINKS = 400;

const slugCache = new WeakMap<Element, { slug: string; url: string } | null>();

function slugOf(a: Element, base: string): { slug: string; url: string } | undefined {
  const cached = slugCache.get(a);
  if (cached !== undefined) return cached ?? undefined;
  const found = parseSlug(a, base);
  slugCache.set(a, found ?? null);
  return found;
}

function parseSlug(a: Element, base: string): { slug: string; url: string } | undefined {
  const href = safeHttpUrl(a.getAttribute('href'), base);
  const p = href ? profileUrl(href) : undefined;
  return p && p.kind === 'linkedin' && !p.company ? { slug: p.slug, url: p.url } : undefined;
}

/** The name a group of links to one profile shows, strongest signal first across all of them. */
function nameFromLinks(links: Element[]): { name: string; anchor: Element } | undefined {
  const tiers: ((a: Element) => (string | undefined)[])[] = [
    (a) => Array.from(a.querySelectorAll('span[aria-hidden="true"]')).map((s) => clean(s.textContent, 200)),
    (a) => [nameFromAria(a.getAttribute('aria-label'))],
    (a) =>
      Array.from(a.querySelectorAll('span, img[alt]')).map((s) =>
        nameFromAria(clean(s.getAttribute('alt') ?? s.textContent, 200)),
      ),
    (a) => Array.from(a.querySelectorAll('img[alt]')).map((i) => clean(i.getAttribute('alt'), 200)),
    (a) => [cleanLines(visibleText(a, 600, screenReaderCopy), 3)[0]],
  ];
  for (const tier of tiers) {
    for (const a of links) {
      for (const t of tier(a)) {
        const name = t ? cleanName(t) : '';
        if (name && plausibleName(name) && !/^(View|LinkedIn Member)\b/i.test(name))
          return { name, anchor: a };
      }
    }
  }
  return undefined;
}

function cardOf(a: Element, slug: string, base: string, stop: Element | null): Element {
  let card: Element = a;
  for (let up = 0; up < 10 && card.parentElement && card.parentElement !== stop; up++) {
    const parent: Element = card.parentElement;
    const others = Array.from(parent.querySelectorAll(PROFILE_LINKS)).some(
      (o) => slugOf(o, base)?.slug !== slug,
    );
    if (others) break;
    card = parent;
    if (isListItem(card)) break;
  }
  return card;
}

/** LinkedIn repeats each visible line for screen readers right after an aria-hidden copy; read it once. */
export function screenReaderCopy(el: Element): boolean {
  const prev = el.previousElementSibling;
  if (
    prev?.getAttribute('aria-hidden') === 'true' &&
    clean(prev.textContent, 300) === clean(el.textContent, 300)
  )
    return true;
  return VISUALLY_HIDDEN.some((c) => el.classList.contains(c));
}

function headlineOf(card: Element, name: string): { headline?: string; location?: string } {
  const key = nameKey(name);
  const lines: string[] = [];
  for (const l of cleanLines(visibleText(card, 3000, screenReaderCopy), 12, 220)) {
    if (l.length > 220 || CHROME.some((re) => re.test(l))) continue;
    const k = nameKey(l);
    if (k === key || k.startsWith(key)) continue;
    lines.push(l);
    if (lines.length === 2) break;
  }
  const [headline, second] = lines;
  const location =
    second && second.length <= 60 && !/\d/.test(second) && /[,、]|\b(Area|Region)\b|県|都|府/.test(second)
      ? second
      : undefined;
  return { headline, location };
}

function sourceFor(ctx: DetectContext): SourceKind {
  return ctx.url.pathname.startsWith('/search/') ? 'linkedin-search' : 'linkedin';
}

/** Profile cards under ctx.root; `company` fills people listed on a company's People tab. */
export function detectProfileCards(ctx: DetectContext, company?: string): Draft[] {
  const own = pageSlug(ctx.url);
  const source = sourceFor(ctx);
  const bySlug = new Map<string, { links: Element[]; url: string }>();
  const rootEl = (ctx.root as Node).nodeType === 1 ? (ctx.root as Element) : null;
  // An added subtree may sit inside a card (a lazily filled name): widen to the card around it.
  const scope: ParentNode = (rootEl && ancestor(rootEl, isListItem, 12)) ?? ctx.root;
  const links = Array.from(scope.querySelectorAll(PROFILE_LINKS));
  if (rootEl?.tagName === 'A' && (rootEl.getAttribute('href') ?? '').includes('/in/')) links.unshift(rootEl);
  for (const a of links.slice(0, MAX_LINKS)) {
    if (ctx.budget.expired()) break;
    const s = slugOf(a, ctx.base);
    if (!s || s.slug === own || ancestor(a, isChrome)) continue;
    const entry = bySlug.get(s.slug);
    if (entry) entry.links.push(a);
    else bySlug.set(s.slug, { links: [a], url: s.url });
  }
  if (links.length > MAX_LINKS) ctx.stats.capped = true;
  const drafts: Draft[] = [];
  const stop = (ctx.doc?.querySelector(ARIA.mainLandmark) as Element | null) ?? null;
  for (const [slug, { links: group, url }] of bySlug) {
    if (ctx.budget.expired()) break;
    const found = nameFromLinks(group);
    if (!found) continue;
    const { name, anchor } = found;
    const card = cardOf(anchor, slug, ctx.base, stop);
    const d = newDraft('person', 0.8, anchor);
    setText(d, 'name', name, source);
    addLink(d, url, ctx.base, source, 'linkedin');
    const { headline, location } = headlineOf(card, name);
    if (source === 'linkedin-search') setText(d, 'location', location, source);
    setText(d, 'title', headline, source);
    setText(d, 'company', company ?? companyFromHeadline(headline), source);
    const img = Array.from(card.querySelectorAll('img[src]')).find((i) => {
      const alt = cleanName(i.getAttribute('alt') ?? '');
      return alt && nameKey(alt) === nameKey(name);
    });
    setPhoto(d, img?.getAttribute('src'), ctx.base, source);
    drafts.push(d);
  }
  return drafts;
}

/**
 * Where a company found without an element (JSON-LD, og:site_name, the site itself) gets its badge:
 * the heading or banner element that writes its name, else nothing (the layer then shows one
 * floating badge in a corner, which never moves the page either).
 */
const PLACES =
  'h1, h2, header a, header span, header div, [role="banner"] a, [role="banner"] span, a[href="/"], .logo';
const MAX_LOOKS = 80;

const norm = (s: string | null | undefined): string =>
  (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

export function pageAnchorFor(doc: Document, name: string): Element | null {
  const wanted = norm(name);
  if (!wanted) return null;
  const places = Array.from(doc.querySelectorAll(PLACES)).slice(0, MAX_LOOKS);
  // The element that says exactly the name, innermost first (the <h1>, not the <header> around it).
  const exact = places.filter((el) => norm(el.textContent) === wanted);
  return exact.find((el) => !exact.some((o) => o !== el && el.contains(o))) ?? null;
}

/** Badges only for what the detectors are reasonably sure of: a bare "sales@" address is not a person. */
export const MIN_BADGE_CONFIDENCE = 0.4;

import { randomTagName } from './isolation';

/** One tag name per page load for every host we add (see isolation.ts). */
let tagName: string | undefined;
export function hostTagName(): string {
  tagName ??= randomTagName();
  return tagName;
}

/** Properties the page's CSS could set on our host; inline !important beats every author rule. */
const HOST_BASE: Record<string, string> = {
  all: 'initial',
  contain: 'style',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'pointer-events': 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  'z-index': '2147483646',
};

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * An element of ours in the page with a closed shadow root. `style` adds layout (position, size);
 * the page's styles reach neither inside nor, thanks to inline !important, the host itself.
 */
export function createHost(
  doc: Document,
  style: Record<string, string>,
  sheets: CSSStyleSheet[] | string,
): Host {
  const host = doc.createElement(hostTagName());
  // One declaration block, parsed once (a dozen setProperty calls cost more on pages with many badges).
  host.style.cssText = Object.entries({ ...HOST_BASE, ...style })
    .map(([prop, value]) => `${prop}:${value} !important`)
    .join(';');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, sheets);
  return { host, root };
}

/** Constructable sheets are shared by every badge; a <style> where they are missing (tests). */
export function adoptStyles(root: ShadowRoot, sheets: CSSStyleSheet[] | string): void {
  if (typeof sheets === 'string') {
    const style = root.ownerDocument.createElement('style');
    style.textContent = sheets;
    root.append(style);
    return;
  }
  root.adoptedStyleSheets = sheets;
}

const cache = new Map<string, CSSStyleSheet[] | string>();

/** One CSSStyleSheet per CSS text, shared by every shadow root that uses it. */
export function sheetFor(css: string): CSSStyleSheet[] | string {
  let hit = cache.get(css);
  if (hit) return hit;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    hit = [sheet];
  } catch {
    hit = css;
  }
  cache.set(css, hit);
  return hit;
}

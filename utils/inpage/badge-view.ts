import { renderBadge } from '@/components/inpage/badge-dom';
import { BADGE_CSS } from '@/components/inpage/badge-css';
import type { Candidate } from '@/utils/model';
import { badgeLabel, type BadgeInfo } from './badge-label';
import type { BadgeLang } from './badge-strings';
import { createHost, sheetFor, type Host } from './host';
import { markOurs } from './ours';
import { insertionPoint } from './placement';

/** One badge: the candidate it stands for, its place, what the team knows, and (once shown) its host. */
export interface BadgeEntry {
  candidate: Candidate;
  anchor: Element;
  info: BadgeInfo;
  page: AbortSignal;
  /** Made when the anchor first comes near the screen. */
  view: (Host & { wrap: HTMLElement | null }) | null;
  button: HTMLButtonElement | null;
  expanded: boolean;
  blocked: boolean;
  floating: boolean;
  /** In the text flow after the name (placed by CSS), rather than offset by script. */
  inFlow: boolean;
}

/**
 * Events that must not reach the page's handlers from inside a badge (LinkedIn's card-wide click
 * handlers would open the profile).
 */
const CONTAINED = ['click', 'mousedown', 'pointerdown', 'keydown'];

const INLINE = { position: 'absolute', display: 'inline', width: '0', height: '0', overflow: 'visible' };
const FLOATING = {
  position: 'fixed',
  display: 'block',
  width: '0',
  height: '0',
  right: '40px',
  bottom: '40px',
};

let sheets: CSSStyleSheet[] | string | undefined;

/** Adds the badge's host after its anchor (or in a corner) and renders it. */
export function showBadge(
  entry: BadgeEntry,
  doc: Document,
  lang: BadgeLang,
  hooks: BadgeHooks,
  /** In the text flow: the page node to follow. */
  after?: Node,
): Host & { wrap: HTMLElement | null } {
  sheets ??= sheetFor(BADGE_CSS);
  const host = createHost(doc, entry.floating ? FLOATING : INLINE, sheets);
  for (const type of CONTAINED) host.root.addEventListener(type, (e) => e.stopPropagation());
  // Reached by Tab before it was placed: place it now so it shows where it belongs.
  host.root.addEventListener('focusin', () => hooks.focused(entry));
  markOurs(host.host);
  const view = { ...host, wrap: null };
  entry.view = view;
  if (entry.floating) doc.documentElement.append(host.host);
  else if (after?.parentNode) after.parentNode.insertBefore(host.host, after.nextSibling);
  else insertionPoint(entry.anchor).after(host.host);
  paintBadge(entry, lang, hooks);
  return view;
}

export interface BadgeHooks {
  open(entry: BadgeEntry): void;
  focused(entry: BadgeEntry): void;
}

export function paintBadge(entry: BadgeEntry, lang: BadgeLang, hooks: BadgeHooks): void {
  const view = entry.view;
  if (!view) return;
  if (!view.wrap) {
    view.wrap = view.root.ownerDocument.createElement('div');
    view.wrap.className = entry.floating ? 'w float' : entry.inFlow ? 'w flow' : 'w';
    view.root.append(view.wrap);
  }
  const { info } = entry;
  entry.button = renderBadge(view.wrap, {
    state: info.state,
    ...(info.knownBy[0] ? { initials: info.knownBy[0].initials } : {}),
    count: info.knownBy.length,
    label: badgeLabel(lang, entry.candidate, info),
    expanded: entry.expanded,
    blocked: entry.blocked,
    onActivate: (event) => {
      // Synthetic events from the page never open anything (see isolation.ts).
      if (event.isTrusted) hooks.open(entry);
    },
  });
}

export function hideBadge(entry: BadgeEntry): void {
  if (!entry.view) return;
  entry.view.host.remove();
  entry.view = null;
  entry.button = null;
}

/** Moves the visible circle to its spot (offsets inside our root, so the page's layout never moves). */
export function moveBadge(entry: BadgeEntry, left: number, top: number): void {
  const wrap = entry.view?.wrap;
  if (!wrap) return;
  wrap.style.cssText = `left:${Math.round(left)}px;top:${Math.round(top)}px;opacity:1;pointer-events:auto`;
}

export function plainCandidate(c: Candidate & { anchor?: Element }, url: string): Candidate {
  const { anchor: _anchor, ...plain } = c;
  return { ...plain, url: plain.url ?? url };
}

/**
 * Where a badge goes. The host is a zero-size, absolutely positioned element right after the
 * anchor, so adding it never moves the page (no layout shift); the visible 20px circle is then
 * offset inside our shadow root. It goes after the name and whatever text runs on from it on the
 * same line (LinkedIn's "· 2nd"), found from the line's boxes rather than by hit-testing the page;
 * the boxes of the controls around it then rule out a spot over one of the page's controls, trying
 * above the name's end and left of it before giving up.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Side = 'right' | 'above' | 'left';
export interface Spot {
  side: Side;
  x: number;
  y: number;
}

export const BADGE_SIZE = 20;
const GAP = 4;
/** Boxes closer than this to the name are read as running on from it ("· 2nd", a pronoun). */
const RUN_ON_PX = 12;

const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [contenteditable=""], [contenteditable="true"]';

/** The box of the anchor's last line of text (a block's own box is often far wider than its text). */
export function textBox(anchor: Element): Box | null {
  const range = anchor.ownerDocument.createRange();
  range.selectNodeContents(anchor);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  const last = rects.at(-1) ?? anchor.getBoundingClientRect();
  if (!last || (last.width === 0 && last.height === 0)) return null;
  const line = rects.filter((r) => Math.abs(r.top - last.top) < 2);
  const left = Math.min(...(line.length ? line : [last]).map((r) => r.left));
  return { left, top: last.top, width: last.right - left, height: last.height };
}

/** The nearest ancestor that lays out lines (not an inline box). */
function lineContainer(el: Element): Element {
  const view = el.ownerDocument.defaultView;
  let node: Element | null = el.parentElement;
  while (node && node.parentElement && view?.getComputedStyle(node).display.startsWith('inline')) {
    node = node.parentElement;
  }
  return node ?? el;
}

/**
 * The right edge of the text that runs on from the anchor on its last line: boxes after it on the
 * same line, each starting within a few px of the previous one's end.
 */
export function runOnEnd(anchor: Element, text: Box, after: Element = anchor): number {
  const range = anchor.ownerDocument.createRange();
  range.setStartAfter(after);
  const container = lineContainer(after);
  range.setEnd(container, container.childNodes.length);
  const top = text.top;
  const bottom = text.top + text.height;
  const onLine = [...range.getClientRects()]
    .filter((r) => r.width > 0 && r.top < bottom && r.bottom > top && r.left >= text.left + text.width - 1)
    .sort((a, b) => a.left - b.left);
  let end = text.left + text.width;
  for (const r of onLine) {
    if (r.left > end + RUN_ON_PX) break;
    end = Math.max(end, r.right);
  }
  return end;
}

/** Spots in viewport coordinates, best first: after the run-on text, above the name's end, left of it. */
export function spotsFor(text: Box, end = text.left + text.width, size = BADGE_SIZE): Spot[] {
  const middle = text.top + (text.height - size) / 2;
  return [
    { side: 'right', x: end + GAP, y: middle },
    { side: 'above', x: text.left + text.width - size, y: text.top - size - 2 },
    { side: 'left', x: text.left - GAP - size, y: middle },
  ];
}

export type Cover = 'free' | 'text' | 'control';

/**
 * The first spot that covers nothing, else the first that covers only text; null when every spot
 * would cover one of the page's controls (the badge then lets clicks through and stays reachable
 * by keyboard). Three probes along the spot's middle line.
 */
export function chooseSpot(
  spots: readonly Spot[],
  coverAt: (x: number, y: number) => Cover,
  size = BADGE_SIZE,
): Spot | null {
  let textOnly: Spot | null = null;
  for (const spot of spots) {
    const y = spot.y + size / 2;
    let worst: Cover = 'free';
    for (const x of [spot.x + size / 2, spot.x + 2, spot.x + size - 2]) {
      const cover = coverAt(x, y);
      if (cover === 'control') {
        worst = cover;
        break;
      }
      if (cover === 'text') worst = cover;
    }
    if (worst === 'free') return spot;
    if (worst === 'text') textOnly ??= spot;
  }
  return textOnly;
}

/** A card-sized ancestor: the list item, article or section the anchor sits in (at most 6 levels up). */
function cardOf(anchor: Element): Element {
  let node: Element = anchor;
  for (let i = 0; i < 6 && node.parentElement; i++) {
    node = node.parentElement;
    if (node.matches('li, article, section, [role="listitem"], [role="article"]')) break;
  }
  return node;
}

/**
 * What a point covers, judged from the boxes of the page's controls around the anchor (other than
 * its own link) rather than by hit-testing a large page: reading a few boxes costs next to nothing
 * once layout is clean, a hit test can cost milliseconds.
 */
export function pageCoverAt(anchor: Element) {
  const own = anchor.closest(INTERACTIVE) ?? anchor;
  const controls = Array.from(cardOf(anchor).querySelectorAll(INTERACTIVE))
    .filter((c) => !(c === own || own.contains(c) || c.contains(own)))
    .slice(0, 24)
    .map((c) => c.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return (x: number, y: number): Cover =>
    controls.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ? 'control' : 'free';
}

/** The element to put the host after: the whole link or button when the anchor is inside one. */
export function insertionPoint(anchor: Element): Element {
  return anchor.closest('a[href], button') ?? anchor;
}

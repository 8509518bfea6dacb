/**
 * Where a badge goes. The host is a zero-size, absolutely positioned element, so adding it never
 * moves the page (no layout shift). Usually it goes into the text flow right after the name and
 * whatever runs on from it on the same line (LinkedIn's "· 2nd"), and CSS alone puts the circle
 * there: decided from boxes read before anything is added, it costs one frame and follows any
 * reflow. When that spot would cover one of the page's controls (judged from the boxes of the
 * controls around the anchor, not by hit-testing a large page), the host goes right after the
 * name and the circle is offset inside our shadow root to a spot above the name's end or left of
 * it, measured once the host is laid out.
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

const isInline = (el: Element): boolean =>
  el.ownerDocument.defaultView?.getComputedStyle(el).display.startsWith('inline') ?? false;

/**
 * What runs on from the name on its last line (LinkedIn's "· 2nd", a pronoun): the page nodes after
 * the insertion point whose boxes start within a few px of the previous one's end. Returns where
 * that run ends on screen and the last node of it, after which a badge can sit in the text flow.
 */
export function runOn(text: Box, from: Element): { end: number; after: Node } {
  const range = from.ownerDocument.createRange();
  const top = text.top;
  const bottom = text.top + text.height;
  let end = text.left + text.width;
  let after: Node = from;
  let node: Node = from;
  for (let steps = 0; steps < 12; steps++) {
    let next = node.nextSibling;
    // A level ran out: the run may go on after an inline parent.
    while (!next && node.parentElement && isInline(node.parentElement)) {
      node = node.parentElement;
      next = node.nextSibling;
    }
    if (!next) break;
    node = next;
    if (next.nodeType === 3 && !next.textContent?.trim()) continue;
    if (next.nodeType !== 1 && next.nodeType !== 3) continue;
    range.selectNode(next);
    const rects = [...range.getClientRects()].filter((r) => r.width > 1 && r.top < bottom && r.bottom > top);
    if (rects.length === 0) continue; // nothing on this line (hidden, or on the next line)
    if (Math.min(...rects.map((r) => r.left)) > end + RUN_ON_PX) break;
    end = Math.max(end, ...rects.map((r) => r.right));
    after = next;
  }
  return { end, after };
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

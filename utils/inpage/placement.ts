/**
 * Where a badge goes. The host is a zero-size, absolutely positioned element right after the
 * anchor, so adding it never moves the page (no layout shift); the visible 20px circle is then
 * offset inside our shadow root to sit just after the name's text. Spots that would cover one of
 * the page's controls are skipped, and spots over nothing are preferred to spots over text: right
 * of the name, then above its end, then left of it.
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

const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"], [contenteditable=""], [contenteditable="true"]';

/** The box of the anchor's last line of text (a block's own box is often far wider than its text). */
export function textBox(anchor: Element): Box | null {
  const doc = anchor.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(anchor);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  const last = rects.at(-1) ?? anchor.getBoundingClientRect();
  if (!last || (last.width === 0 && last.height === 0)) return null;
  // Every rect on the last line: the line spans from the first one that shares its top.
  const line = rects.filter((r) => Math.abs(r.top - last.top) < 2);
  const left = Math.min(...(line.length ? line : [last]).map((r) => r.left));
  return { left, top: last.top, width: last.right - left, height: last.height };
}

/**
 * Spots in viewport coordinates, best first: just after the text, then further along the same
 * line (past a "· 2nd" LinkedIn puts after names), above the text's end, left of its start.
 */
export function spotsFor(text: Box, size = BADGE_SIZE): Spot[] {
  const middle = text.top + (text.height - size) / 2;
  const right = text.left + text.width + GAP;
  const along = Array.from({ length: 8 }, (_, i) => ({
    side: 'right' as const,
    x: right + 16 * (i + 1),
    y: middle,
  }));
  return [
    { side: 'right', x: right, y: middle },
    ...along,
    { side: 'above', x: text.left + text.width - size, y: text.top - size - 2 },
    { side: 'left', x: text.left - GAP - size, y: middle },
  ];
}

export type Cover = 'free' | 'text' | 'control';

/**
 * The first spot that covers nothing, else the first that covers only text; null when every spot
 * would cover one of the page's controls (the badge then lets clicks through and stays reachable
 * by keyboard).
 */
export function chooseSpot(
  spots: readonly Spot[],
  coverAt: (x: number, y: number) => Cover,
  size = BADGE_SIZE,
): Spot | null {
  let textOnly: Spot | null = null;
  for (const spot of spots) {
    // The middle row first: page text is often shorter than the badge, so corners alone miss it.
    const [l, c, r] = [spot.x + 1, spot.x + size / 2, spot.x + size - 1];
    const [t, m, b] = [spot.y + 1, spot.y + size / 2, spot.y + size - 1];
    const probes: [number, number][] = [
      [c, m],
      [l, m],
      [r, m],
      [l, t],
      [r, t],
      [l, b],
      [r, b],
    ];
    let worst: Cover = 'free';
    for (const [x, y] of probes) {
      const cover = coverAt(x, y);
      if (cover === 'control') {
        worst = cover;
        break;
      }
      if (cover === 'text') {
        worst = cover;
        // Once a text-only fallback is known, any other text-covering spot is no better: move on.
        if (textOnly) break;
      }
    }
    if (worst === 'free') return spot;
    if (worst === 'text') textOnly ??= spot;
  }
  return textOnly;
}

/**
 * What a point of the page shows: one of the page's controls (other than the anchor's own link),
 * text, or nothing. Points outside the viewport count as free (they are checked again when
 * scrolled into view).
 */
export function pageCoverAt(doc: Document, ours: (el: Element) => boolean, anchor: Element) {
  const own = anchor.closest(INTERACTIVE) ?? anchor;
  const range = doc.createRange();
  return (x: number, y: number): Cover => {
    const top = doc.elementsFromPoint(x, y).find((el) => !ours(el));
    if (!top) return 'free';
    const control = top.closest(INTERACTIVE);
    if (control && !(control === own || own.contains(control) || control.contains(own))) return 'control';
    for (const node of Array.from(top.childNodes)) {
      if (node.nodeType !== 3 || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return 'text';
      }
    }
    return 'free';
  };
}

/** The element to put the host after: the whole link or button when the anchor sits inside one. */
export function insertionPoint(anchor: Element): Element {
  return anchor.closest('a[href], button') ?? anchor;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const MARGIN = 8;

/** Below the badge when it fits, else above, else wherever it fits best; always inside the viewport. */
export function popoverPosition(
  opener: Rect,
  size: { width: number; height: number },
  view: Viewport,
): { left: number; top: number } {
  const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(v, Math.max(min, max)));
  const left = clamp(opener.left - 16, MARGIN, view.width - size.width - MARGIN);
  const below = opener.bottom + MARGIN;
  const above = opener.top - MARGIN - size.height;
  const top =
    below + size.height <= view.height - MARGIN
      ? below
      : above >= MARGIN
        ? above
        : clamp(below, MARGIN, view.height - size.height - MARGIN);
  return { left: Math.round(left), top: Math.round(top) };
}

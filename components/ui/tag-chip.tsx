/** A tag with its colour; the text colour is picked for contrast against it. */
export function TagChip({ tag, color }: { tag: string; color?: string | undefined }) {
  const style = color ? { background: color, color: readableOn(color), borderColor: color } : undefined;
  return (
    <span class="tag" style={style}>
      {tag}
    </span>
  );
}

/** Black or white, whichever reads better on the background (WCAG relative luminance). */
export function readableOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 'inherit';
  const lin = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
  return l > 0.179 ? '#111111' : '#ffffff';
}

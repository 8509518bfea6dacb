import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  /** Every row has this height (px): what makes 100,000 rows cheap. */
  rowHeight: number;
  /** Accessible name of the list. */
  label: string;
  /** Prefix of the option ids, unique in the page. */
  idPrefix: string;
  renderRow: (index: number) => ComponentChildren;
  onActivate?: (index: number) => void;
  /** When this changes the list scrolls back to the top (a new search or filter). */
  resetKey?: unknown;
  overscan?: number;
  class?: string;
}

/** Rows rendered when the viewport cannot be measured (tests, hidden tabs). */
const FALLBACK_ROWS = 20;

/**
 * A windowed listbox: only the rows in view (plus a few) exist in the DOM. Keyboard users move with
 * the arrows, Page Up/Down, Home and End and open a row with Enter; focus stays on the list and
 * `aria-activedescendant` names the row, so screen readers read it with its position in the whole set.
 */
export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, overscan = 6 } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [active, setActive] = useState(-1);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport(el.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    setActive(-1);
    setScrollTop(0);
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [props.resetKey]);

  useEffect(() => {
    if (active >= count) setActive(count - 1);
  }, [count, active]);

  const visibleRows = viewport > 0 ? Math.ceil(viewport / rowHeight) : FALLBACK_ROWS;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.floor(scrollTop / rowHeight) + visibleRows + overscan);

  function moveTo(index: number) {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    const el = scroller.current;
    if (!el) return;
    const top = next * rowHeight;
    const height = el.clientHeight || visibleRows * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
    setScrollTop(el.scrollTop);
  }

  function onKeyDown(event: KeyboardEvent) {
    const page = Math.max(1, visibleRows - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(active < 0 && event.key !== 'End' ? Math.max(0, target) : target);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      props.onActivate?.(active);
    }
  }

  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={i}
        id={`${props.idPrefix}-${i}`}
        role="option"
        aria-selected={i === active}
        aria-setsize={count}
        aria-posinset={i + 1}
        class={i === active ? 'vrow vrow-active' : 'vrow'}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
        onClick={() => {
          setActive(i);
          props.onActivate?.(i);
        }}
      >
        {props.renderRow(i)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      class={`vlist ${props.class ?? ''}`}
      role="listbox"
      tabIndex={0}
      aria-label={props.label}
      aria-activedescendant={active >= 0 && active < count ? `${props.idPrefix}-${active}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (active < 0 && count > 0) setActive(Math.min(count - 1, Math.floor(scrollTop / rowHeight)));
      }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div class="vlist-space" style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}

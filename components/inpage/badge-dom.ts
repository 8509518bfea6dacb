export type BadgeState = 'new' | 'saved' | 'known';

export interface BadgeProps {
  state: BadgeState;
  /** Strongest teammate's initials (known). */
  initials?: string;
  /** Teammates who know them (known). */
  count: number;
  /** Accessible name and tooltip, already in the UI language. */
  label: string;
  expanded: boolean;
  /** Over a page control: clicks pass through to it, the keyboard still reaches the badge. */
  blocked?: boolean;
  /** The caller decides whether to trust the event (see utils/inpage/isolation.ts). */
  onActivate(event: Event): void;
}

const handlers = new WeakMap<HTMLButtonElement, BadgeProps['onActivate']>();

/**
 * The badge beside a person or company: new (+), saved (✓) or known (initials and a count). Built
 * with plain DOM rather than Preact because it is part of the script that runs on every page load,
 * where each millisecond counts; the popover, loaded on first open, uses Preact. Rendering again
 * updates the same button in place, so focus stays on it.
 */
export function renderBadge(container: Element | ShadowRoot, props: BadgeProps): HTMLButtonElement {
  const doc = (container.ownerDocument ?? document) as Document;
  let button = container.querySelector<HTMLButtonElement>('button.b');
  if (!button) {
    const made = doc.createElement('button');
    made.type = 'button';
    made.setAttribute('aria-haspopup', 'dialog');
    made.addEventListener('click', (e) => {
      e.preventDefault();
      handlers.get(made)?.(e);
    });
    container.append(made);
    button = made;
  }
  handlers.set(button, props.onActivate);
  button.className = `b b-${props.state}${props.blocked ? ' blocked' : ''}`;
  button.setAttribute('data-meishi-badge', props.state);
  button.setAttribute('aria-label', props.label);
  button.setAttribute('aria-expanded', String(props.expanded));
  button.title = props.label;
  const glyph = doc.createElement('span');
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = props.state === 'new' ? '+' : props.state === 'saved' ? '✓' : (props.initials ?? '?');
  const parts: Node[] = [glyph];
  if (props.state === 'known' && props.count > 0) {
    const count = doc.createElement('span');
    count.className = 'n';
    count.setAttribute('aria-hidden', 'true');
    count.textContent = props.count > 99 ? '99+' : String(props.count);
    parts.push(count);
  }
  button.replaceChildren(...parts);
  return button;
}

import type { Ref } from 'preact';

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
  buttonRef?: Ref<HTMLButtonElement>;
  /** The caller decides whether to trust the event (see isolation.ts). */
  onActivate(event: Event): void;
}

/** The badge beside a person or company: new (+), saved (✓) or known (initials and a count). */
export function Badge(props: BadgeProps) {
  const glyph = props.state === 'new' ? '+' : props.state === 'saved' ? '✓' : (props.initials ?? '?');
  return (
    <button
      ref={props.buttonRef}
      type="button"
      class={`b b-${props.state}${props.blocked ? ' blocked' : ''}`}
      data-meishi-badge={props.state}
      aria-label={props.label}
      title={props.label}
      aria-haspopup="dialog"
      aria-expanded={props.expanded}
      onClick={(e) => {
        e.preventDefault();
        props.onActivate(e);
      }}
    >
      <span aria-hidden="true">{glyph}</span>
      {props.state === 'known' && props.count > 0 ? (
        <span class="n" aria-hidden="true">
          {props.count > 99 ? '99+' : props.count}
        </span>
      ) : null}
    </button>
  );
}

import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';

export interface PopoverFrameProps {
  title: string;
  subtitle?: string;
  onClose(): void;
  footer?: ComponentChildren;
  children: ComponentChildren;
}

/** The dialog shell: a labelled non-modal dialog with a close button, a scrolling body and actions. */
export function PopoverFrame(props: PopoverFrameProps) {
  return (
    <div class="p" role="dialog" aria-modal="false" aria-labelledby="meishi-title">
      <div class="hd">
        <h2 id="meishi-title" tabIndex={-1}>
          {props.title}
          {props.subtitle ? <span class="sub">{props.subtitle}</span> : null}
        </h2>
        <button
          type="button"
          class="x"
          aria-label={t('common_close')}
          title={t('common_close')}
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      <div class="bd">{props.children}</div>
      {props.footer ? <div class="ft">{props.footer}</div> : null}
    </div>
  );
}

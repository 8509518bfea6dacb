import type { Candidate } from '@/utils/model';
import type { BadgeInfo } from './badge-label';
import type { BadgeLang } from './badge-strings';

/** What the badges ask of the popover, which lives in a script injected on the first open. */
export interface PopoverRequest {
  candidate: Candidate;
  info: BadgeInfo;
  lang: BadgeLang;
  /** The badge's button: the popover sits beside it and gives focus back to it. */
  opener: HTMLElement;
  /** Something was saved: look the page's badges up again. */
  changed(): void;
  closed(): void;
}

export interface PopoverApi {
  open(request: PopoverRequest): void;
  close(): void;
  isOpen(): boolean;
}

/** The popover script sets this on the isolated world's global (never visible to the page). */
export type PopoverGlobal = typeof globalThis & { __meishiPopover?: PopoverApi };

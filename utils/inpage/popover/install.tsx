import { render } from 'preact';
import { CompanyPopover } from '@/components/inpage/CompanyPopover';
import { PersonPopover } from '@/components/inpage/PersonPopover';
import { POPOVER_CSS, POPOVER_HEIGHT, POPOVER_WIDTH } from '@/components/inpage/popover-css';
import { setLang } from '@/utils/i18n';
import { ask } from '@/utils/messaging/client';
import { createHost, sheetFor, type Host } from '../host';
import { markOurs } from '../ours';
import type { PopoverApi, PopoverGlobal, PopoverRequest } from '../popover-api';
import { popoverPosition } from './position';

const CONTAINED = [
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
];

interface Open extends Host {
  request: PopoverRequest;
  teardown: AbortController;
}

/**
 * One popover per frame, in a fixed-size host with a closed shadow root (see ../isolation.ts). It
 * is a non-modal dialog: Esc or a click outside closes it and focus goes back to the badge.
 */
export function createPopover(doc: Document): PopoverApi {
  let current: Open | null = null;
  const win = doc.defaultView ?? window;

  const close = (restoreFocus = true): void => {
    const open = current;
    if (!open) return;
    current = null;
    open.teardown.abort();
    render(null, open.root);
    open.host.remove();
    if (restoreFocus && open.request.opener.isConnected) open.request.opener.focus();
    open.request.closed();
  };

  const place = (open: Open): void => {
    const at = popoverPosition(
      open.request.opener.getBoundingClientRect(),
      { width: POPOVER_WIDTH, height: POPOVER_HEIGHT },
      { width: win.innerWidth, height: win.innerHeight },
    );
    open.host.style.setProperty('left', `${at.left}px`, 'important');
    open.host.style.setProperty('top', `${at.top}px`, 'important');
  };

  const openPopover = (request: PopoverRequest): void => {
    close(false);
    setLang(request.lang);
    const host = createHost(
      doc,
      {
        position: 'fixed',
        display: 'block',
        width: `${POPOVER_WIDTH}px`,
        height: `${POPOVER_HEIGHT}px`,
        'z-index': '2147483647',
      },
      sheetFor(POPOVER_CSS),
    );
    markOurs(host.host);
    const teardown = new AbortController();
    const open: Open = { ...host, request, teardown };
    current = open;
    const { signal } = teardown;
    for (const type of CONTAINED) host.root.addEventListener(type, (e) => e.stopPropagation(), { signal });
    host.root.addEventListener(
      'keydown',
      (e) => {
        const ev = e as KeyboardEvent;
        if (ev.key === 'Escape' && !ev.defaultPrevented) {
          ev.preventDefault();
          close();
        } else if (ev.key === 'Tab') cycleFocus(host.root, ev);
      },
      { signal },
    );
    // Esc while the badge still has focus (before the popover took it).
    win.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && doc.activeElement !== host.host) close();
      },
      { capture: true, signal },
    );
    win.addEventListener(
      'pointerdown',
      (e) => {
        const path = e.composedPath();
        if (!path.includes(host.host) && !path.includes(request.opener)) close(false);
      },
      { capture: true, signal },
    );
    const reposition = () => place(open);
    win.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
    win.addEventListener('resize', reposition, { passive: true, signal });
    doc.documentElement.append(host.host);
    place(open);

    const common = { candidate: request.candidate, ask, onClose: () => close(), onChanged: request.changed };
    render(
      request.candidate.kind === 'company' ? (
        <CompanyPopover {...common} />
      ) : (
        <PersonPopover {...common} now={Date.now()} />
      ),
      host.root,
    );
  };

  return { open: openPopover, close: () => close(), isOpen: () => current !== null };
}

/** Tab and Shift+Tab stay inside the popover while it is open. */
function cycleFocus(root: ShadowRoot, e: KeyboardEvent): void {
  const focusable = [
    ...root.querySelectorAll<HTMLElement>(
      'button:not([disabled]), input, select, textarea, a[href], [tabindex="0"]',
    ),
  ];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  const active = root.activeElement;
  if (e.shiftKey && (active === first || !active)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

export function installPopover(doc: Document = document): void {
  const g = globalThis as PopoverGlobal;
  g.__meishiPopover ??= createPopover(doc);
}

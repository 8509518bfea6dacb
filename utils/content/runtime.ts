import type { CountryCode } from 'libphonenumber-js/min';
import type { DetectedCandidate } from '../model';
import type { PageDetector } from '../detect/sites';
import type { PageInfo } from '../detect/types';
import { createSeen } from './dedupe';
import { createScheduler } from './idle';

export type Scope = 'page' | 'added';

export interface StartDetectionOptions {
  /** What to watch: usually `document`. */
  root: Document | Element;
  /** The page URL; read live from the root's window when omitted (it changes on in-app navigation). */
  url?: URL | (() => URL);
  /** Tears everything down: the observer, listeners, timers. Abort it on extension reload. */
  signal: AbortSignal;
  /** ISO region for phone numbers written without a country code. */
  region?: string;
  /**
   * New candidates. `page` after load or navigation (the whole page), `added` for subtrees added since.
   * `pageSignal` aborts when the user navigates away in-app: tie badges to it.
   */
  onCandidates(cands: DetectedCandidate[], scope: Scope, pageSignal: AbortSignal): void;
  /** In-app navigation happened; candidates reported before it belong to the old page. */
  onNavigate?(url: URL, previous: URL): void;
  /** The page kind and expected fields seen on each full-page run, for the health record. */
  onPage?(page: PageInfo): void;
  /** Nodes the observer must ignore (our own shadow host). */
  ignore?(node: Node): boolean;
  /** Minimum gap between two incremental runs. */
  throttleMs?: number;
  /** Wait after navigation before the full-page run, so the new page has rendered. */
  settleMs?: number;
  /** Time budget of one detection run. */
  budgetMs?: number;
}

export interface DetectionHandle {
  /** Check the URL now (wire WXT's wxt:locationchange here when a content-script context is at hand). */
  checkLocation(): void;
  /** Forget what was reported and run on the whole page again. */
  rescan(): void;
}

const MAX_PENDING = 200;

/**
 * The live-page runtime: one throttled MutationObserver per page (no polling), incremental detection on
 * added subtrees only, work deferred to idle time and paused while the tab is hidden, in-app navigation
 * followed through the Navigation API, popstate/hashchange and URL checks on mutations.
 */
export function startDetectionWith(detector: PageDetector, options: StartDetectionOptions): DetectionHandle {
  const { root, signal } = options;
  const doc =
    (root as Node).nodeType === 9 ? (root as Document) : ((root as Element).ownerDocument as Document);
  const win = doc.defaultView;
  const readUrl = (): URL =>
    typeof options.url === 'function'
      ? options.url()
      : (options.url ?? new URL(win?.location.href ?? doc.URL));
  const throttleMs = options.throttleMs ?? 250;
  const detectOptions = { region: (options.region ?? 'US') as CountryCode, budgetMs: options.budgetMs };
  const scheduler = createScheduler(doc, signal);

  let url = readUrl();
  let page = new AbortController();
  let seen = createSeen();
  let pending = new Set<Node>();
  let fullPending = true;
  let lastRun = 0;

  const emit = (cands: DetectedCandidate[], scope: Scope): void => {
    const fresh = cands.filter(seen);
    if (fresh.length && !signal.aborted) {
      try {
        options.onCandidates(fresh, scope, page.signal);
      } catch {
        /* a consumer's error must not stop detection */
      }
    }
  };

  const runPage = (): void => {
    fullPending = false;
    pending = new Set();
    lastRun = Date.now();
    const result = detector(doc, url, detectOptions);
    options.onPage?.(result.page);
    emit(result.candidates, 'page');
  };

  const runAdded = (): void => {
    lastRun = Date.now();
    const nodes = [...pending].filter((n) => n.isConnected) as Element[];
    pending = new Set();
    // Only the top-most added subtrees: a node inside another added node is covered by it.
    const tops = nodes.filter((n) => !nodes.some((o) => o !== n && o.contains(n)));
    const found: DetectedCandidate[] = [];
    for (const node of tops) found.push(...detector(node, url, detectOptions).candidates);
    emit(found, 'added');
  };

  const flush = (): void => {
    if (signal.aborted) return;
    checkLocation();
    if (fullPending) runPage();
    else if (pending.size) runAdded();
  };

  const request = (): void => {
    const wait = Math.max(0, lastRun + throttleMs - Date.now());
    scheduler.schedule(flush, wait);
  };

  function checkLocation(): void {
    if (signal.aborted) return;
    let next: URL;
    try {
      next = readUrl();
    } catch {
      return;
    }
    if (next.href === url.href) return;
    // Hash-only changes keep the page (LinkedIn overlays use their own paths; anchors do not).
    const samePage =
      next.origin === url.origin && next.pathname === url.pathname && next.search === url.search;
    const previous = url;
    url = next;
    if (samePage) return;
    page.abort();
    page = new AbortController();
    seen = createSeen();
    pending = new Set();
    fullPending = true;
    options.onNavigate?.(next, previous);
    scheduler.schedule(flush, options.settleMs ?? 300);
  }

  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    if (signal.aborted) return;
    const before = url.href;
    checkLocation();
    if (url.href !== before || fullPending) return;
    for (const r of records) {
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType !== 1 || options.ignore?.(n)) continue;
        pending.add(n);
      }
    }
    if (pending.size > MAX_PENDING) fullPending = true;
    if (pending.size || fullPending) request();
  });
  observer.observe(root, { childList: true, subtree: true });

  const nav = (win as unknown as { navigation?: EventTarget } | null)?.navigation;
  const onNav = (): void => checkLocation();
  nav?.addEventListener('navigatesuccess', onNav, { signal });
  win?.addEventListener('popstate', onNav, { signal });
  win?.addEventListener('hashchange', onNav, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    page.abort();
    pending = new Set();
  });

  if (!signal.aborted) request();
  return {
    checkLocation,
    rescan() {
      seen = createSeen();
      fullPending = true;
      request();
    },
  };
}

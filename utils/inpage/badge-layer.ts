import type { Candidate, DetectedCandidate } from '@/utils/model';
import type { BadgeInfo } from './badge-label';
import type { BadgeLang } from './badge-strings';
import {
  hideBadge,
  moveBadge,
  paintBadge,
  plainCandidate,
  showBadge,
  type BadgeEntry,
  type BadgeHooks,
} from './badge-view';
import { isOurs } from './ours';
import { MIN_BADGE_CONFIDENCE, pageAnchorFor } from './page-anchor';
import { chooseSpot, insertionPoint, pageCoverAt, runOn, spotsFor, textBox } from './placement';

export type { BadgeEntry } from './badge-view';

export interface LayerOptions {
  lang: BadgeLang;
  /** The batched look-up (one message for up to 200 candidates). */
  lookup(cands: Candidate[]): Promise<BadgeInfo[]>;
  /** How many people on the page are known, for the toolbar icon. */
  summary(known: number, found: number): void;
  /** A trusted click or Enter on a badge. */
  open(entry: BadgeEntry): void;
  /** Show every badge at once instead of as its anchor nears the screen (tests, no IntersectionObserver). */
  eager?: boolean;
}

const BATCH = 200;
/** Badges are made a little before their anchor scrolls into view, so Tab and scrolling find them ready. */
const NEAR = '100px';

/**
 * Badges for every detected candidate with an anchor. A batch of candidates costs one look-up;
 * a badge's host is made only when its anchor nears the screen, and placed then: on a page of 25
 * results only the few on screen cost anything at load.
 */
export class BadgeLayer {
  private readonly entries = new Set<BadgeEntry>();
  private readonly byAnchor = new WeakMap<Element, BadgeEntry>();
  private readonly near: IntersectionObserver | null;
  /** Watches our own (zero-size) hosts: its reports carry their boxes, measured after the browser's layout. */
  private readonly placer: IntersectionObserver | null;
  private readonly byHost = new WeakMap<Element, BadgeEntry>();
  private readonly hooks: BadgeHooks;
  /** The stand-in anchor of a floating company badge (never added to the page). */
  private corner: Element | undefined;

  constructor(
    private readonly doc: Document,
    private readonly opts: LayerOptions,
    signal: AbortSignal,
  ) {
    const IO = opts.eager ? undefined : doc.defaultView?.IntersectionObserver;
    this.near = IO ? new IO((records) => this.onNear(records), { rootMargin: NEAR }) : null;
    this.placer = IO ? new IO((records) => this.onPlaced(records), { rootMargin: NEAR }) : null;
    this.hooks = { open: (e) => this.opts.open(e), focused: (e) => this.place([e]) };
    doc.defaultView?.addEventListener('resize', () => this.place([...this.entries]), {
      passive: true,
      signal,
    });
    signal.addEventListener('abort', () => this.clear());
  }

  /** Our hosts: the detectors' observer ignores them. */
  isOurs = (node: Node): boolean => isOurs(node);

  async add(cands: DetectedCandidate[], page: AbortSignal): Promise<void> {
    this.prune();
    const fresh = cands
      .filter((c) => c.confidence >= MIN_BADGE_CONFIDENCE)
      .map((c) => (c.anchor || c.kind !== 'company' ? c : { ...c, anchor: this.companyAnchor(c.name) }))
      .filter(
        (c): c is DetectedCandidate & { anchor: Element } =>
          !!c.anchor && !this.byAnchor.has(c.anchor) && this.alive(c.anchor),
      );
    const url = this.doc.defaultView?.location.href ?? this.doc.URL;
    for (let i = 0; i < fresh.length; i += BATCH) {
      const slice = fresh.slice(i, i + BATCH);
      const plain = slice.map((c) => plainCandidate(c, url));
      let infos: BadgeInfo[];
      try {
        infos = await this.opts.lookup(plain);
      } catch {
        return; // the extension was reloaded or the background refused: no badges, page untouched
      }
      if (page.aborted) return;
      const shown: BadgeEntry[] = [];
      slice.forEach((c, j) => {
        const info = infos[j];
        if (!info || this.byAnchor.has(c.anchor)) return;
        const entry = this.track(plain[j]!, c.anchor, info, page);
        if (!this.near || entry.floating) shown.push(entry);
        else this.near.observe(c.anchor);
      });
      this.show(shown);
    }
    this.report();
  }

  /** Look badges up again (all when omitted), after a save or an "I know them". */
  async refresh(only?: BadgeEntry[]): Promise<void> {
    const list = [...(only ?? this.entries)].filter((e) => !e.page.aborted);
    if (list.length === 0) return;
    const infos = await this.opts.lookup(list.map((e) => e.candidate));
    list.forEach((e, i) => {
      const info = infos[i];
      if (!info) return;
      e.info = info;
      paintBadge(e, this.opts.lang, this.hooks);
    });
    this.report();
  }

  setExpanded(entry: BadgeEntry, expanded: boolean): void {
    entry.expanded = expanded;
    paintBadge(entry, this.opts.lang, this.hooks);
  }

  list(): BadgeEntry[] {
    return [...this.entries];
  }

  clear(): void {
    for (const e of [...this.entries]) this.forget(e);
    this.report();
  }

  private track(candidate: Candidate, anchor: Element, info: BadgeInfo, page: AbortSignal): BadgeEntry {
    const entry: BadgeEntry = {
      candidate,
      anchor,
      info,
      page,
      view: null,
      button: null,
      expanded: false,
      blocked: false,
      floating: anchor === this.corner,
      inFlow: false,
    };
    this.entries.add(entry);
    this.byAnchor.set(anchor, entry);
    page.addEventListener('abort', () => this.forget(entry), { once: true });
    return entry;
  }

  private forget(entry: BadgeEntry): void {
    if (!this.entries.delete(entry)) return;
    if (!entry.floating) this.near?.unobserve(entry.anchor);
    if (entry.view) this.placer?.unobserve(entry.view.host);
    hideBadge(entry);
    this.byAnchor.delete(entry.anchor);
    if (entry.floating) this.corner = undefined;
  }

  private onNear(records: IntersectionObserverEntry[]): void {
    const list: BadgeEntry[] = [];
    for (const r of records) {
      const entry = r.isIntersecting ? this.byAnchor.get(r.target) : undefined;
      if (entry) list.push(entry);
    }
    this.show(list);
  }

  /**
   * Makes the hosts that are missing. All boxes are read first, while the page's layout is clean,
   * then every host is added: one frame for the batch, and no forced layout. A badge whose spot
   * after the name is free sits in the text flow there; the others are offset once laid out.
   */
  private show(list: BadgeEntry[]): void {
    const plans = list
      .filter((e) => !e.view)
      .map((e) => ({ entry: e, after: e.floating ? undefined : this.flowSpot(e.anchor) }));
    const offset: BadgeEntry[] = [];
    for (const { entry, after } of plans) {
      entry.inFlow = !!after;
      const view = showBadge(entry, this.doc, this.opts.lang, this.hooks, after);
      if (entry.floating || after) continue;
      offset.push(entry);
      if (this.placer) {
        this.byHost.set(view.host, entry);
        this.placer.observe(view.host);
      }
    }
    if (!this.placer) this.place(offset);
  }

  /** The page node to put the host after when the spot right after the name is free. */
  private flowSpot(anchor: Element): Node | undefined {
    const text = textBox(anchor);
    if (!text) return undefined;
    const run = runOn(text, insertionPoint(anchor));
    const [right] = spotsFor(text, run.end);
    return right && chooseSpot([right], pageCoverAt(anchor)) ? run.after : undefined;
  }

  private onPlaced(records: IntersectionObserverEntry[]): void {
    const origins = new Map<BadgeEntry, DOMRectReadOnly>();
    for (const r of records) {
      const entry = r.isIntersecting ? this.byHost.get(r.target) : undefined;
      if (entry) origins.set(entry, r.boundingClientRect);
    }
    this.place([...origins.keys()], origins);
  }

  /**
   * A company found without an element: its name on the page, else a corner of the viewport (one
   * floating badge per page; a fixed, zero-size host there moves nothing either).
   */
  private companyAnchor(name: string): Element | undefined {
    const onPage = pageAnchorFor(this.doc, name);
    if (onPage) return onPage;
    if (this.corner) return undefined;
    this.corner = this.doc.createElement('span');
    return this.corner;
  }

  /** Offsets the badges that are not in the text flow. Reads every box first, then writes. */
  private place(list: BadgeEntry[], origins?: Map<BadgeEntry, DOMRectReadOnly>): void {
    const plans: { entry: BadgeEntry; x: number; y: number; blocked: boolean }[] = [];
    const gone: BadgeEntry[] = [];
    for (const entry of list) {
      if (!this.alive(entry.anchor)) {
        gone.push(entry);
        continue;
      }
      if (entry.floating || entry.inFlow || !entry.view) continue;
      const text = textBox(entry.anchor);
      if (!text) continue;
      const origin = origins?.get(entry) ?? entry.view.host.getBoundingClientRect();
      const spots = spotsFor(text, runOn(text, insertionPoint(entry.anchor)).end);
      const spot = chooseSpot(spots, pageCoverAt(entry.anchor));
      const at = spot ?? spots[0]!;
      plans.push({ entry, x: at.x - origin.left, y: at.y - origin.top, blocked: !spot });
    }
    for (const e of gone) this.forget(e);
    for (const p of plans) {
      moveBadge(p.entry, p.x, p.y);
      if (p.entry.blocked !== p.blocked) {
        p.entry.blocked = p.blocked;
        paintBadge(p.entry, this.opts.lang, this.hooks);
      }
    }
  }

  private alive(anchor: Element): boolean {
    return anchor === this.corner || anchor.isConnected;
  }

  private prune(): void {
    for (const e of [...this.entries]) if (!this.alive(e.anchor)) this.forget(e);
  }

  private report(): void {
    const people = [...this.entries].filter((e) => e.candidate.kind === 'person');
    const known = new Set(
      people.filter((e) => e.info.state !== 'new').map((e) => e.info.personId ?? e.candidate.name),
    );
    this.opts.summary(known.size, people.length);
  }
}

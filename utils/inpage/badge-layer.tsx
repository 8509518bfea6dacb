import { render } from 'preact';
import { Badge } from '@/components/inpage/Badge';
import { BADGE_CSS } from '@/components/inpage/badge-css';
import type { Candidate, DetectedCandidate } from '@/utils/model';
import { badgeLabel, type BadgeInfo } from './badge-label';
import type { BadgeLang } from './badge-strings';
import { createHost, sheetFor, type Host } from './host';
import { MIN_BADGE_CONFIDENCE, pageAnchorFor } from './page-anchor';
import { isOurs, markOurs } from './ours';
import { chooseSpot, insertionPoint, pageCoverAt, spotsFor, textBox } from './placement';

/** One badge on the page: the candidate it stands for, where it is, and what the team knows. */
export interface BadgeEntry extends Host {
  candidate: Candidate;
  anchor: Element;
  info: BadgeInfo;
  page: AbortSignal;
  button: HTMLButtonElement | null;
  expanded: boolean;
  blocked: boolean;
}

export interface LayerOptions {
  lang: BadgeLang;
  /** The batched look-up (one message for up to 200 candidates). */
  lookup(cands: Candidate[]): Promise<BadgeInfo[]>;
  /** How many people on the page are known, for the toolbar icon. */
  summary(known: number, found: number): void;
  /** A trusted click or Enter on a badge. */
  open(entry: BadgeEntry): void;
}

/** Events that must not reach the page's handlers from inside our UI (card-wide click handlers). */
const CONTAINED = [
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
];
const BATCH = 200;

export function plainCandidate(c: DetectedCandidate, url: string): Candidate {
  const { anchor: _anchor, ...plain } = c;
  return { ...plain, url: plain.url ?? url };
}

/**
 * Badges for every detected candidate that has an anchor. Each batch of candidates costs one
 * look-up; hosts are added only once the answer is in, and placed when first seen on screen.
 */
export class BadgeLayer {
  private readonly entries = new Set<BadgeEntry>();
  private readonly byAnchor = new WeakMap<Element, BadgeEntry>();
  private readonly sheets = sheetFor(BADGE_CSS);
  /** The stand-in anchor of a floating company badge (see companyAnchor). */
  private corner: HTMLElement | undefined;
  private readonly seen: IntersectionObserver | null;

  constructor(
    private readonly doc: Document,
    private readonly opts: LayerOptions,
    signal: AbortSignal,
  ) {
    const IO = doc.defaultView?.IntersectionObserver;
    this.seen = IO ? new IO((records) => this.onSeen(records)) : null;
    const onResize = () => this.placeAll();
    doc.defaultView?.addEventListener('resize', onResize, { passive: true, signal });
    signal.addEventListener('abort', () => this.clear());
  }

  /** Ours: the detector's observer ignores these nodes, the placement ignores them as obstacles. */
  isOurs = (node: Node): boolean => isOurs(node);

  async add(cands: DetectedCandidate[], page: AbortSignal): Promise<void> {
    this.prune();
    const fresh = cands
      .filter((c) => c.confidence >= MIN_BADGE_CONFIDENCE)
      .map((c) => (c.anchor || c.kind !== 'company' ? c : { ...c, anchor: this.companyAnchor(c.name) }))
      .filter((c) => c.anchor && !this.byAnchor.has(c.anchor) && this.alive(c.anchor));
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
      slice.forEach((c, j) => {
        const info = infos[j];
        const anchor = c.anchor;
        if (info && anchor && !this.byAnchor.has(anchor)) this.mount(plain[j]!, anchor, info, page);
      });
    }
    this.report();
  }

  /** Look the given badges (all when omitted) up again, after a save or an "I know them". */
  async refresh(only?: BadgeEntry[]): Promise<void> {
    const list = [...(only ?? this.entries)].filter((e) => !e.page.aborted);
    if (list.length === 0) return;
    const infos = await this.opts.lookup(list.map((e) => e.candidate));
    list.forEach((e, i) => {
      const info = infos[i];
      if (info) {
        e.info = info;
        this.paint(e);
      }
    });
    this.report();
  }

  setExpanded(entry: BadgeEntry, expanded: boolean): void {
    entry.expanded = expanded;
    this.paint(entry);
  }

  /** Badges of people and companies, as the popover needs them to update every badge of a person. */
  list(): BadgeEntry[] {
    return [...this.entries];
  }

  /** Remove every badge (navigation away, extension unloaded). */
  clear(): void {
    for (const e of this.entries) this.unmount(e);
    this.report();
  }

  /**
   * A company found without an element: its name on the page, else a corner of the viewport (one
   * floating badge per page; a fixed, zero-size host there moves nothing either).
   */
  private companyAnchor(name: string): Element | undefined {
    const onPage = pageAnchorFor(this.doc, name);
    if (onPage) return onPage;
    if (this.corner) return undefined;
    // Never added to the page: it only keys the floating badge.
    this.corner = this.doc.createElement('span');
    return this.corner;
  }

  private mount(candidate: Candidate, anchor: Element, info: BadgeInfo, page: AbortSignal): void {
    const floating = anchor === this.corner;
    const host = createHost(
      this.doc,
      floating
        ? { position: 'fixed', display: 'block', width: '0', height: '0', right: '40px', bottom: '40px' }
        : { position: 'absolute', display: 'inline', width: '0', height: '0', overflow: 'visible' },
      this.sheets,
    );
    const entry: BadgeEntry = {
      ...host,
      candidate,
      anchor,
      info,
      page,
      button: null,
      expanded: false,
      blocked: false,
    };
    for (const type of CONTAINED) host.root.addEventListener(type, (e) => e.stopPropagation());
    markOurs(host.host);
    this.entries.add(entry);
    this.byAnchor.set(anchor, entry);
    page.addEventListener('abort', () => this.unmount(entry), { once: true });
    if (floating) this.doc.documentElement.append(host.host);
    else insertionPoint(anchor).after(host.host);
    this.paint(entry);
    this.seen?.observe(host.host);
  }

  private unmount(entry: BadgeEntry): void {
    if (!this.entries.delete(entry)) return;
    this.seen?.unobserve(entry.host);
    render(null, entry.root);
    entry.host.remove();
    this.byAnchor.delete(entry.anchor);
    if (entry.anchor === this.corner) this.corner = undefined;
  }

  private paint(entry: BadgeEntry): void {
    const { info } = entry;
    render(
      <div class="w">
        <Badge
          state={info.state}
          initials={info.knownBy[0]?.initials}
          count={info.knownBy.length}
          label={badgeLabel(this.opts.lang, entry.candidate, info)}
          expanded={entry.expanded}
          blocked={entry.blocked}
          buttonRef={(el) => {
            entry.button = el;
          }}
          onActivate={(event) => {
            if (event.isTrusted) this.opts.open(entry);
          }}
        />
      </div>,
      entry.root,
    );
  }

  private onSeen(records: IntersectionObserverEntry[]): void {
    const visible = records.filter((r) => r.isIntersecting);
    const byHost = new Map([...this.entries].map((e) => [e.host as Element, e]));
    this.place(visible.map((r) => byHost.get(r.target)).filter((e): e is BadgeEntry => !!e));
  }

  private placeAll(): void {
    this.place([...this.entries]);
  }

  /** Reads every box first, then writes every offset: one layout, however many badges. */
  private place(list: BadgeEntry[]): void {
    const plans = list.map((entry) => {
      if (!this.alive(entry.anchor)) return { entry, gone: true as const };
      if (entry.anchor === this.corner) return { entry, gone: false as const, spot: null, origin: null };
      const text = textBox(entry.anchor);
      const origin = entry.host.getBoundingClientRect();
      if (!text) return { entry, gone: false as const, spot: null, origin };
      const spots = spotsFor(text);
      const spot = chooseSpot(spots, pageCoverAt(this.doc, isOurs, entry.anchor));
      return { entry, gone: false as const, spot: spot ?? spots[0]!, blocked: !spot, origin };
    });
    for (const plan of plans) {
      if (plan.gone) {
        this.unmount(plan.entry);
        continue;
      }
      if (!plan.spot || !plan.origin) continue;
      const wrap = plan.entry.root.querySelector<HTMLElement>('.w');
      wrap?.style.setProperty('left', `${Math.round(plan.spot.x - plan.origin.left)}px`);
      wrap?.style.setProperty('top', `${Math.round(plan.spot.y - plan.origin.top)}px`);
      if (plan.entry.blocked !== !!plan.blocked) {
        plan.entry.blocked = !!plan.blocked;
        this.paint(plan.entry);
      }
    }
  }

  private alive(anchor: Element): boolean {
    return anchor === this.corner || anchor.isConnected;
  }

  private prune(): void {
    for (const e of this.entries) if (!this.alive(e.anchor)) this.unmount(e);
  }

  private report(): void {
    const people = [...this.entries].filter((e) => e.candidate.kind === 'person');
    const known = new Set(
      people.filter((e) => e.info.state !== 'new').map((e) => e.info.personId ?? e.candidate.name),
    );
    this.opts.summary(known.size, people.length);
  }
}

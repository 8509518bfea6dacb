import { setBody } from './test-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DetectedCandidate } from '@/utils/model';
import type { BadgeInfo } from './badge-label';
import { BadgeLayer } from './badge-layer';
import { isOurs } from './ours';

function cand(name: string, anchor: Element): DetectedCandidate {
  return { kind: 'person', name, emails: [], phones: [], links: [], sources: [], confidence: 0.8, anchor };
}

function page(n: number): Element[] {
  setBody(
    `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/in/p${i}">Person ${i}</a> · 2nd</li>`).join('')}</ul>`,
  );
  return [...document.querySelectorAll('a')];
}

const hostsIn = (el: Element | null) => [...(el?.children ?? [])].filter((c) => isOurs(c));

describe('BadgeLayer', () => {
  afterEach(() => {
    setBody('');
  });

  it('badges a whole list with one look-up and reports the known count', async () => {
    const anchors = page(25);
    const lookup = vi.fn(async (cands: unknown[]): Promise<BadgeInfo[]> =>
      cands.map((_, i) =>
        i === 0
          ? {
              state: 'known',
              mine: false,
              personId: 'p0',
              knownBy: [{ memberId: 'a', name: 'Aiko Kato', initials: 'AK' }],
            }
          : i === 1
            ? { state: 'saved', mine: true, personId: 'p1', knownBy: [] }
            : { state: 'new', mine: false, knownBy: [] },
      ),
    );
    const summary = vi.fn();
    const layer = new BadgeLayer(
      document,
      { lang: 'en', lookup, summary, open: () => undefined, eager: true },
      new AbortController().signal,
    );
    const pageSignal = new AbortController();
    await layer.add(
      anchors.map((a, i) => cand(`Person ${i}`, a)),
      pageSignal.signal,
    );
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]![0]).toHaveLength(25);
    expect(summary).toHaveBeenLastCalledWith(2, 25);
    // Each host sits right after its link, carries nothing the page could read, and holds a closed root.
    const li = anchors[0]!.parentElement!;
    const [host] = hostsIn(li);
    expect(host?.previousElementSibling).toBe(anchors[0]);
    expect((host as HTMLElement).shadowRoot).toBeNull();
    expect(li.textContent).toBe('Person 0 · 2nd');
    expect(
      layer
        .list()
        .map((e) => e.info.state)
        .slice(0, 3),
    ).toEqual(['known', 'saved', 'new']);

    // Seen again (an added subtree reported twice): no second badge, no second look-up.
    await layer.add([cand('Person 0', anchors[0]!)], pageSignal.signal);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(hostsIn(li)).toHaveLength(1);

    // Navigating away removes every badge of that page.
    pageSignal.abort();
    expect(document.querySelectorAll('li > *').length).toBe(25);
    expect(layer.list()).toHaveLength(0);
  });

  it('updates badges after a save and adds nothing when the background is gone', async () => {
    const anchors = page(2);
    let state: BadgeInfo['state'] = 'new';
    const lookup = vi.fn(async (cands: unknown[]): Promise<BadgeInfo[]> =>
      cands.map(() => ({ state, mine: false, knownBy: [] })),
    );
    const layer = new BadgeLayer(
      document,
      { lang: 'en', lookup, summary: () => undefined, open: () => undefined, eager: true },
      new AbortController().signal,
    );
    const signal = new AbortController().signal;
    await layer.add([cand('Person 0', anchors[0]!)], signal);
    state = 'saved';
    await layer.refresh();
    expect(layer.list()[0]!.info.state).toBe('saved');

    const broken = new BadgeLayer(
      document,
      {
        lang: 'en',
        lookup: () => Promise.reject(new Error('Extension context invalidated')),
        summary: () => undefined,
        open: () => undefined,
        eager: true,
      },
      new AbortController().signal,
    );
    await broken.add([cand('Person 1', anchors[1]!)], signal);
    expect(hostsIn(anchors[1]!.parentElement)).toHaveLength(0);
  });

  it('removes everything when the content script is torn down', async () => {
    const anchors = page(3);
    const teardown = new AbortController();
    const layer = new BadgeLayer(
      document,
      {
        lang: 'en',
        lookup: async (c) => c.map(() => ({ state: 'new', mine: false, knownBy: [] })),
        summary: () => undefined,
        open: () => undefined,
        eager: true,
      },
      teardown.signal,
    );
    await layer.add(
      anchors.map((a, i) => cand(`P${i}`, a)),
      new AbortController().signal,
    );
    expect(document.querySelectorAll('li').length).toBe(3);
    expect([...document.querySelectorAll('li')].every((li) => hostsIn(li).length === 1)).toBe(true);
    teardown.abort();
    expect([...document.querySelectorAll('li')].every((li) => hostsIn(li).length === 0)).toBe(true);
  });

  it('floats one badge for a company found without an element, and none for unsure finds', async () => {
    setBody('<p>Welcome</p>');
    const lookup = vi.fn(async (c: unknown[]): Promise<BadgeInfo[]> =>
      c.map(() => ({ state: 'known', mine: false, knownBy: [] })),
    );
    const layer = new BadgeLayer(
      document,
      { lang: 'en', lookup, summary: () => undefined, open: () => undefined, eager: true },
      new AbortController().signal,
    );
    const company = {
      kind: 'company' as const,
      name: 'Acme',
      emails: [],
      phones: [],
      links: [],
      sources: [],
      confidence: 0.8,
    };
    const unsure = {
      ...company,
      kind: 'person' as const,
      name: 'sales@acme.example',
      confidence: 0.35,
      anchor: document.querySelector('p')!,
    };
    await layer.add([company, unsure], new AbortController().signal);
    await layer.add([company], new AbortController().signal);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup.mock.calls[0]![0]).toHaveLength(1);
    const floating = [...document.documentElement.children].filter((c) => isOurs(c)) as HTMLElement[];
    expect(floating).toHaveLength(1);
    expect(floating[0]!.style.getPropertyValue('position')).toBe('fixed');
  });

  it('makes a badge only when its anchor nears the screen, after one look-up for all', async () => {
    const anchors = page(25);
    const observed: Element[] = [];
    const callbacks: ((entries: IntersectionObserverEntry[]) => void)[] = [];
    class FakeIO {
      constructor(cb: (entries: IntersectionObserverEntry[]) => void) {
        callbacks.push(cb);
      }
      observe(el: Element) {
        observed.push(el);
      }
      unobserve() {}
      disconnect() {}
    }
    const original = window.IntersectionObserver;
    window.IntersectionObserver = FakeIO as unknown as typeof IntersectionObserver;
    try {
      const lookup = vi.fn(async (c: unknown[]): Promise<BadgeInfo[]> =>
        c.map(() => ({ state: 'new', mine: false, knownBy: [] })),
      );
      const layer = new BadgeLayer(
        document,
        { lang: 'en', lookup, summary: () => undefined, open: () => undefined },
        new AbortController().signal,
      );
      await layer.add(
        anchors.map((a, i) => cand(`Person ${i}`, a)),
        new AbortController().signal,
      );
      expect(lookup).toHaveBeenCalledTimes(1);
      expect(observed).toEqual(anchors);
      expect(anchors.filter((a) => hostsIn(a.parentElement).length > 0)).toHaveLength(0);
      // The first observer watches anchors; the second, our hosts (to place them).
      expect(callbacks).toHaveLength(2);
      callbacks[0]!(
        anchors.slice(0, 6).map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
      );
      expect(anchors.filter((a) => hostsIn(a.parentElement).length > 0)).toHaveLength(6);
      expect(observed.slice(25)).toHaveLength(6);
      expect(observed.slice(25).every((el) => isOurs(el))).toBe(true);
    } finally {
      window.IntersectionObserver = original;
    }
  });
});

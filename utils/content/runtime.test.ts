import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedCandidate } from '../model';
import { startDetection } from './index';
import { startLinkedInDetection } from './sites';

/** The live-page runtime in happy-dom: page and added scopes, SPA navigation, hidden tabs, teardown. */

type Call = { names: string[]; scope: 'page' | 'added'; signal: AbortSignal };

function card(slug: string, name: string, headline: string): HTMLElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.setAttribute('href', `https://www.linkedin.com/in/${slug}/`);
  const span = document.createElement('span');
  span.setAttribute('aria-hidden', 'true');
  span.textContent = name;
  a.appendChild(span);
  const div = document.createElement('div');
  div.textContent = headline;
  li.append(a, div);
  return li;
}

function setup(path: string, names: [string, string, string][]): HTMLElement {
  history.replaceState(null, '', path);
  document.title = 'Search | LinkedIn';
  document.body.replaceChildren();
  const main = document.createElement('main');
  const ul = document.createElement('ul');
  for (const [slug, name, headline] of names) ul.appendChild(card(slug, name, headline));
  main.appendChild(ul);
  document.body.appendChild(main);
  return ul;
}

let controller: AbortController;
let calls: Call[];
const onCandidates = (c: DetectedCandidate[], scope: 'page' | 'added', signal: AbortSignal) =>
  calls.push({ names: c.map((x) => x.name), scope, signal });

beforeEach(() => {
  controller = new AbortController();
  calls = [];
});
afterEach(() => controller.abort());

describe('startDetection', () => {
  it('reports the page once, then only what added subtrees bring', async () => {
    const ul = setup('/search/results/people/', [['ann-lee', 'Ann Lee', 'CTO at Acme']]);
    const url = () => new URL(`https://www.linkedin.com${location.pathname}`);
    startLinkedInDetection({ root: document, url, signal: controller.signal, onCandidates, throttleMs: 10 });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toMatchObject({ names: ['Ann Lee'], scope: 'page' });

    ul.appendChild(card('bo-chan', 'Bo Chan', 'Designer at Beta'));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toMatchObject({ names: ['Bo Chan'], scope: 'added' });

    // Re-adding the same card reports nothing new.
    const again = ul.lastElementChild!;
    ul.appendChild(again);
    ul.appendChild(card('cy-dahl', 'Cy Dahl', 'Engineer at Gamma'));
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2]!.names).toEqual(['Cy Dahl']);
  });

  it('in-app navigation: onNavigate, the old page signal aborts, and the new page is reported alone', async () => {
    setup('/search/results/people/', [['ann-lee', 'Ann Lee', 'CTO at Acme']]);
    const navigations: string[] = [];
    const url = () => new URL(`https://www.linkedin.com${location.pathname}`);
    startLinkedInDetection({
      root: document,
      url,
      signal: controller.signal,
      onCandidates,
      onNavigate: (next) => navigations.push(next.pathname),
      throttleMs: 10,
      settleMs: 10,
    });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const firstSignal = calls[0]!.signal;

    // The page's router: push a new URL, then swap the content.
    history.pushState(null, '', '/search/results/people/?page=2');
    history.pushState(null, '', '/company/acme/people/');
    document.title = 'Acme: People | LinkedIn';
    const main = document.querySelector('main')!;
    const ul = document.createElement('ul');
    ul.appendChild(card('dee-eng', 'Dee Eng', 'Sales at Acme'));
    main.replaceChildren(ul);

    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(navigations).toEqual(['/company/acme/people/']);
    expect(firstSignal.aborted).toBe(true);
    expect(calls[1]).toMatchObject({ names: ['Acme', 'Dee Eng'], scope: 'page' });
    expect(calls[1]!.signal.aborted).toBe(false);
  });

  it('waits while the tab is hidden and catches up when it is shown', async () => {
    setup('/', []);
    const state = { value: 'hidden' as DocumentVisibilityState };
    const spy = vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => state.value);
    try {
      startDetection({
        root: document,
        url: new URL('https://team.example/'),
        signal: controller.signal,
        onCandidates,
        throttleMs: 10,
      });
      const p = document.createElement('p');
      const a = document.createElement('a');
      a.setAttribute('href', 'mailto:eve.fox@team.example');
      a.textContent = 'Eve Fox';
      p.appendChild(a);
      document.body.appendChild(p);
      await new Promise((r) => setTimeout(r, 80));
      expect(calls).toHaveLength(0);
      state.value = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(() => expect(calls.flatMap((c) => c.names)).toContain('Eve Fox'));
    } finally {
      spy.mockRestore();
    }
  });

  it('abort tears everything down: no callback after it', async () => {
    const ul = setup('/search/results/people/', [['ann-lee', 'Ann Lee', 'CTO at Acme']]);
    const url = () => new URL(`https://www.linkedin.com${location.pathname}`);
    startLinkedInDetection({ root: document, url, signal: controller.signal, onCandidates, throttleMs: 10 });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    expect(calls[0]!.signal.aborted).toBe(true);
    ul.appendChild(card('bo-chan', 'Bo Chan', 'Designer at Beta'));
    await new Promise((r) => setTimeout(r, 80));
    expect(calls).toHaveLength(1);
  });

  it('ignores nodes the caller owns (the badge host) and never adds attributes to the page', async () => {
    const ul = setup('/search/results/people/', [['ann-lee', 'Ann Lee', 'CTO at Acme']]);
    const url = () => new URL(`https://www.linkedin.com${location.pathname}`);
    const host = document.createElement('meishi-host');
    startLinkedInDetection({
      root: document,
      url,
      signal: controller.signal,
      onCandidates,
      ignore: (n) => n === host,
      throttleMs: 10,
    });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const li = card('bo-chan', 'Bo Chan', 'Designer at Beta');
    host.appendChild(li);
    document.body.appendChild(host);
    ul.appendChild(card('cy-dahl', 'Cy Dahl', 'Engineer at Gamma'));
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.names).toEqual(['Cy Dahl']);
    const attrs = Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes).map((a) => a.name),
    );
    expect(new Set(attrs)).toEqual(new Set(['href', 'aria-hidden']));
  });
});

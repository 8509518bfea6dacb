import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CandidateSchema } from '@/utils/model';
import { candidatesOn, forgetTab, rememberCandidates } from './tab-candidates';

const candidate = (name: string, url = 'https://www.linkedin.com/in/x/') =>
  CandidateSchema.parse({ kind: 'person', name, confidence: 0.9, url });
const fromTab = (tabId: number, url: string) => ({ tabId, url, fromPage: false });

describe('what each tab found, for the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the finds of a tab by page, newest first, one entry per person', async () => {
    const page = 'https://www.linkedin.com/in/aiko/';
    await rememberCandidates(fromTab(7, `${page}#about`), [candidate('Aiko'), candidate('Ken')], 1);
    await rememberCandidates(fromTab(7, page), [candidate('Aiko'), candidate('Mia')], 2);
    await rememberCandidates(fromTab(7, 'https://www.linkedin.com/feed/'), [candidate('Other')], 3);
    await rememberCandidates(fromTab(8, page), [candidate('Elsewhere')], 4);

    expect((await candidatesOn(7, page)).map((c) => c.name)).toEqual(['Mia', 'Aiko', 'Ken']);
    expect((await candidatesOn(7, 'https://www.linkedin.com/feed/')).map((c) => c.name)).toEqual(['Other']);
    expect(await candidatesOn(7, undefined)).toEqual([]);
  });

  it('ignores what extension pages look up, and forgets a closed tab', async () => {
    await rememberCandidates({ tabId: 3, url: 'chrome-extension://x/popup.html', fromPage: true }, [
      candidate('A'),
    ]);
    expect(await candidatesOn(3, 'chrome-extension://x/popup.html')).toEqual([]);
    await rememberCandidates(fromTab(4, 'https://acme.example/'), [candidate('B')]);
    await forgetTab(4);
    expect(await candidatesOn(4, 'https://acme.example/')).toEqual([]);
  });

  it('survives a damaged store entry', async () => {
    await fakeBrowser.storage.session.set({ 'tabCandidates:5': { entries: 'nonsense' } });
    await rememberCandidates(fromTab(5, 'https://acme.example/'), [candidate('C')]);
    expect((await candidatesOn(5, 'https://acme.example/')).map((c) => c.name)).toEqual(['C']);
  });
});

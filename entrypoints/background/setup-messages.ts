import { browser } from 'wxt/browser';
import { logInteraction } from '@/utils/background/log-interaction';
import { lookup } from '@/utils/background/lookup';
import { watchLookupCache } from '@/utils/background/lookup-cache';
import { pageSummary } from '@/utils/background/page-summary';
import { savePerson } from '@/utils/background/save-person';
import { companyCard } from '@/utils/background/company-card';
import { injectInpageUi, scanTab } from '@/utils/background/injection';
import { openDashboard } from '@/utils/background/open-dashboard';
import { addTask, askIntro, iKnowThem } from '@/utils/background/person-actions';
import { personCard } from '@/utils/background/person-card';
import { saveCompany } from '@/utils/background/save-company';
import { tags } from '@/utils/background/tags';
import { rememberCandidates } from '@/utils/background/tab-candidates';
import { handle } from '@/utils/messaging/handle';

/** Every message the background answers, each parsed and sender-checked by `handle`. */
export function setupMessages(): void {
  watchLookupCache();
  handle('lookup', async (data, sender) => {
    const answer = await lookup(data);
    // The popup lists what the tab's content scripts found. Noted after the answer, so it never
    // delays the page's badges, and losing the note never fails the look-up.
    setTimeout(() => void rememberCandidates(sender, data.candidates).catch(() => undefined), 0);
    return answer;
  });
  handle('savePerson', savePerson);
  handle('logInteraction', logInteraction);
  handle('pageSummary', pageSummary);
  handle('personCard', personCard);
  handle('companyCard', companyCard);
  handle('saveCompany', saveCompany);
  handle('iKnowThem', iKnowThem);
  handle('addTask', addTask);
  handle('askIntro', askIntro);
  handle('tags', tags);
  handle('openDashboard', openDashboard);
  handle('inpageUi', (_data, sender) => injectInpageUi(sender));
  handle('scanTab', (data) => scanTab(data.tabId));
  handle('ping', async () => ({ ok: true, version: browser.runtime.getManifest().version }));
}

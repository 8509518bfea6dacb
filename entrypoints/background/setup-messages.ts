import { browser } from 'wxt/browser';
import { logInteraction } from '@/utils/background/log-interaction';
import { lookup } from '@/utils/background/lookup';
import { pageSummary } from '@/utils/background/page-summary';
import { savePerson } from '@/utils/background/save-person';
import { handle } from '@/utils/messaging/handle';

/** Every message the background answers, each parsed and sender-checked by `handle`. */
export function setupMessages(): void {
  handle('lookup', lookup);
  handle('savePerson', savePerson);
  handle('logInteraction', logInteraction);
  handle('pageSummary', pageSummary);
  handle('ping', async () => ({ ok: true, version: browser.runtime.getManifest().version }));
}

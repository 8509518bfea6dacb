import { setupInjection } from './setup-injection';
import { setupIntros } from './setup-intros';
import { setupMessages } from './setup-messages';
import { setupSync } from './setup-sync';

// Wiring only: every concern lives in its own setup module.
export default defineBackground(() => {
  setupMessages();
  setupInjection();
  setupSync();
  setupIntros();
});

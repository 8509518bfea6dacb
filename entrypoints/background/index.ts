import { setupInjection } from './setup-injection';
import { setupMessages } from './setup-messages';

// Wiring only: every concern lives in its own setup module.
export default defineBackground(() => {
  setupMessages();
  setupInjection();
});

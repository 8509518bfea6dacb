import { ask } from '@/utils/messaging/client';
import type { PopoverApi, PopoverGlobal } from './popover-api';

let loading: Promise<PopoverApi> | undefined;

/**
 * The popover's code, fetched on the first open only: the background injects it into this frame
 * (content scripts cannot import extension files without web_accessible_resources).
 */
export function loadPopover(): Promise<PopoverApi> {
  loading ??= (async () => {
    const g = globalThis as PopoverGlobal;
    if (!g.__meishiPopover) await ask('inpageUi', {});
    if (!g.__meishiPopover) throw new Error('The popover did not load.');
    return g.__meishiPopover;
  })();
  // A failed load (extension reloading) is tried again on the next click.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

import { browser } from 'wxt/browser';
import type { DetectionHandle, StartDetectionOptions } from '@/utils/content';
import { ask } from '@/utils/messaging/client';
import { BadgeLayer, type BadgeEntry } from './badge-layer';
import { inpageLang } from './badge-strings';
import { loadPopover } from './load-popover';

type Starter = (options: StartDetectionOptions) => DetectionHandle;
type InpageGlobal = typeof globalThis & { __meishiInpage?: boolean };

/** The user's phone region, read without the settings schema (the content script stays small). */
async function phoneRegion(): Promise<string | undefined> {
  try {
    const stored = (await browser.storage.local.get('settings')).settings as
      { phoneRegion?: unknown } | undefined;
    const region = stored?.phoneRegion;
    return typeof region === 'string' && /^[A-Z]{2}$/.test(region) ? region : 'JP';
  } catch {
    return undefined;
  }
}

/**
 * Badges and popovers on this frame, fed by the given detection runtime. Only one runs per frame
 * even when the on-demand scan is injected where a site script already runs.
 */
export async function startInpage(
  start: Starter,
  signal: AbortSignal,
  doc: Document = document,
): Promise<void> {
  const g = globalThis as InpageGlobal;
  if (g.__meishiInpage) return;
  g.__meishiInpage = true;
  signal.addEventListener('abort', () => {
    g.__meishiInpage = false;
  });
  const [lang, region] = await Promise.all([inpageLang(), phoneRegion()]);
  let openEntry: BadgeEntry | null = null;

  const open = async (entry: BadgeEntry): Promise<void> => {
    const api = await loadPopover();
    if (openEntry === entry && api.isOpen()) {
      api.close();
      return;
    }
    if (!entry.button) return;
    openEntry = entry;
    layer.setExpanded(entry, true);
    api.open({
      candidate: entry.candidate,
      info: entry.info,
      lang,
      opener: entry.button,
      changed: () => void layer.refresh().catch(() => undefined),
      closed: () => {
        layer.setExpanded(entry, false);
        if (openEntry === entry) openEntry = null;
      },
    });
  };

  const layer = new BadgeLayer(
    doc,
    {
      lang,
      lookup: async (candidates) => (await ask('lookup', { candidates })).results,
      summary: (known, found) => void ask('pageSummary', { known, found }).catch(() => undefined),
      open: (entry) => void open(entry).catch(() => undefined),
    },
    signal,
  );

  start({
    root: doc,
    signal,
    ...(region ? { region } : {}),
    ignore: layer.isOurs,
    onCandidates: (cands, _scope, page) => void layer.add(cands, page),
    onNavigate: () => {
      (globalThis as { __meishiPopover?: { close(): void } }).__meishiPopover?.close();
    },
  });
}

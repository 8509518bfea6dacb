import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import type { Settings } from '@/utils/model/settings';
import { getSettings } from '@/utils/settings/settings';
import type { Actor } from '@/utils/db';
import { currentActor } from './actor';
import { memberNames } from './members';

export interface LookupContext {
  actor: Actor;
  settings: Settings;
  names: Map<string, string>;
}

const load = async (): Promise<LookupContext> => {
  const [actor, settings, names] = await Promise.all([currentActor(), getSettings(), memberNames()]);
  return { actor, settings, names };
};

let cached: Promise<LookupContext> | undefined;
let watching = false;

/**
 * Who I am, my settings and my teammates' names, for the look-ups a page makes on every load and
 * navigation. The worker keeps them between look-ups once `watchLookupContext` follows what could
 * change them (the settings, and the store's `meta` table, where membership and names live);
 * without that (tests, other contexts) every call reads them afresh.
 */
export function lookupContext(): Promise<LookupContext> {
  if (!watching) return load();
  cached ??= load().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

export function watchLookupContext(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) cached = undefined;
  });
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    const prefix = `idb://${getDb().name}/meta/`;
    if (Object.keys(parts).some((k) => k.startsWith(prefix))) cached = undefined;
  });
}

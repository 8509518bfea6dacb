import type { Settings } from '@/utils/model/settings';
import { getSettings } from '@/utils/settings/settings';
import type { Actor } from '@/utils/db';
import { currentActor } from './actor';
import { lookupCache } from './lookup-cache';
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

let cached: { generation: number; context: Promise<LookupContext> } | undefined;

/**
 * Who I am, my settings and my teammates' names, for the look-ups a page makes on every load and
 * navigation. Kept between look-ups while the look-up cache follows the store and the settings
 * (`watchLookupCache`), and read again after any change it sees; elsewhere (tests, other contexts)
 * every call reads them afresh.
 */
export function lookupContext(): Promise<LookupContext> {
  if (!lookupCache.watching()) return load();
  const generation = lookupCache.generation();
  if (cached?.generation !== generation) {
    const context = load();
    cached = { generation, context };
    context.catch(() => {
      if (cached?.context === context) cached = undefined;
    });
  }
  return cached.context;
}

import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db';
import type { Replies } from '@/utils/messaging/protocol';
import type { Candidate } from '@/utils/model';

type Result = Replies['lookup']['results'][number];

/** Tie strengths fade with time: an answer is kept a minute at most, even with nothing written. */
const TTL_MS = 60_000;
const MAX_ENTRIES = 2_000;
/** Every table an answer is read from (meta holds who I am and my teammates' names). */
const SOURCES = ['people', 'companies', 'keys', 'search', 'relationships', 'interactions', 'meta'];

const entries = new Map<string, { at: number; result: Result }>();
let watching = false;
/** Bumped by every change: an answer read before a change must not be kept after it. */
let generation = 0;

function invalidate(): void {
  generation += 1;
  entries.clear();
}

/** What an answer depends on in a candidate: its identity, never where or how it was found. */
const keyOf = (c: Candidate): string =>
  JSON.stringify([c.kind, c.name, c.company ?? '', c.emails, c.phones, c.links]);

/**
 * Recent answers, per candidate. A LinkedIn page asks again for the same people on every in-app
 * navigation, and the popup asks for the tab's finds; those are answered from here until any
 * store table an answer reads from changes, or the settings do. Only the background keeps them,
 * once `watchLookupCache` follows those changes; elsewhere nothing is kept.
 */
export const lookupCache = {
  /** Pass to `set`: answers computed from reads older than a change are dropped. */
  generation: (): number => generation,
  /** True in the background, once changes are followed; nothing is kept before. */
  watching: (): boolean => watching,
  get(c: Candidate, now: number): Result | undefined {
    if (!watching) return undefined;
    const entry = entries.get(keyOf(c));
    if (!entry) return undefined;
    if (now - entry.at > TTL_MS) {
      entries.delete(keyOf(c));
      return undefined;
    }
    return entry.result;
  },
  set(c: Candidate, result: Result, now: number, readAt: number): void {
    if (!watching || readAt !== generation) return;
    const key = keyOf(c);
    entries.delete(key);
    entries.set(key, { at: now, result });
    // A Map keeps insertion order: the first keys are the least recently answered.
    for (const old of entries.keys()) {
      if (entries.size <= MAX_ENTRIES) break;
      entries.delete(old);
    }
  },
};

export function watchLookupCache(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) invalidate();
  });
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    const prefix = `idb://${getDb().name}/`;
    const touched = Object.keys(parts).some(
      (k) => k.startsWith(prefix) && SOURCES.includes(k.slice(prefix.length).split('/')[0] ?? ''),
    );
    if (touched) invalidate();
  });
}

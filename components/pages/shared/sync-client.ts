import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db/db';
import { ask } from '@/utils/messaging/client';
import type { Replies } from '@/utils/messaging/protocol';
import type { EntityName } from '@/utils/model';
import { coalesce } from './coalesce';

export type SyncView = Replies['syncStatus'];

/**
 * The sync client's status, as the background reports it. Re-asked when the outbox or the sync
 * bookkeeping changes (Dexie's `storagemutated` names the tables, for writes in any extension
 * context) and when credentials change, so the popup and dashboard show "3 changes waiting" →
 * "synced" without polling. A long import commits hundreds of chunks and the background counts the
 * whole outbox for each answer: the asks are coalesced to about one a second, spaced further when
 * an answer is slow, so the chip never costs the import more than a small share of its time.
 */
export function useSyncView(): SyncView | undefined {
  const [view, setView] = useState<SyncView>();
  useEffect(() => {
    let live = true;
    const refresh = coalesce(async () => {
      const next = await ask('syncStatus', {});
      if (live) setView(next);
    });
    const prefix = `idb://${getDb().name}/`;
    const onMutated = (parts: ObservabilitySet) => {
      for (const key of Object.keys(parts))
        if (key.startsWith(`${prefix}outbox/`) || key.startsWith(`${prefix}meta/`)) return refresh.poke();
    };
    const onChanged = (_changes: unknown, area: string) => area === 'local' && refresh.poke();
    Dexie.on('storagemutated', onMutated);
    browser.storage.onChanged.addListener(onChanged);
    refresh.poke();
    return () => {
      live = false;
      refresh.stop();
      Dexie.on('storagemutated').unsubscribe(onMutated);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return view;
}

export const syncNow = () => ask('syncNow', {});
export const joinTeam = (data: Parameters<typeof ask<'joinTeam'>>[1]) => ask('joinTeam', data);
export const leaveTeam = () => ask('leaveTeam', {});

/** The server's edit history of one record, or null when this device is not in a team. */
export async function fetchHistory(entity: EntityName, id: string) {
  return ask('recordHistory', { entity, id });
}

export const eraseOnServer = (personId: string) => ask('erasePerson', { personId });

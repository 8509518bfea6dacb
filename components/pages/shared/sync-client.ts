import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db/db';
import { ask } from '@/utils/messaging/client';
import type { Replies } from '@/utils/messaging/protocol';
import type { EntityName } from '@/utils/model';
import { useLiveQuery } from '@/components/ui/use-live-query';

export type SyncView = Replies['syncStatus'];

/**
 * The sync client's status, as the background reports it. Re-asked whenever the outbox or the sync
 * bookkeeping changes (a live query on those tables is the trigger) and when credentials change, so
 * the popup and dashboard show "3 changes waiting" → "synced" without polling.
 */
export function useSyncView(): SyncView | undefined {
  const trigger = useLiveQuery(async () => {
    const db = getDb();
    const [pending, meta] = await Promise.all([db.outbox.count(), db.meta.toArray()]);
    return `${pending}:${meta.length}:${JSON.stringify(meta.filter((m) => m.key.startsWith('sync.')))}`;
  }, []);
  const [storageTick, setStorageTick] = useState(0);
  const [view, setView] = useState<SyncView>();
  useEffect(() => {
    const onChanged = (_changes: unknown, area: string) => area === 'local' && setStorageTick((n) => n + 1);
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  useEffect(() => {
    let live = true;
    ask('syncStatus', {}).then(
      (v) => live && setView(v),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [trigger, storageTick]);
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

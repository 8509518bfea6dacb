import { useEffect, useState } from 'preact/hooks';
import { fetchHistory } from '../../shared/sync-client';
import type { HistoryEntry } from './timeline';

/**
 * Edits of this person from the team server's history (who changed which fields, when). Offline or
 * before joining a team there is none, and the timeline shows the local created/edited stamps instead.
 */
export function usePersonHistory(personId: string, changedAt?: number): HistoryEntry[] | undefined {
  const [entries, setEntries] = useState<HistoryEntry[]>();
  useEffect(() => {
    let live = true;
    fetchHistory('person', personId).then(
      (reply) => {
        if (!live || !reply) return;
        setEntries(
          reply.entries
            .filter((e) => e.action !== 'create')
            .map((e) => ({ at: e.at, by: e.actorId, fields: e.fields })),
        );
      },
      () => live && setEntries(undefined),
    );
    return () => {
      live = false;
    };
  }, [personId, changedAt]);
  return entries;
}

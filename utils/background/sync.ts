import { getDb } from '@/utils/db';
import { setLang } from '@/utils/i18n';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import { getSettings } from '@/utils/settings/settings';
import { SyncEngine } from '@/utils/sync';
import { META } from '@/utils/sync/state';
import { browserCredentials } from './sync-credentials';
import { describeError, describeNotice } from './sync-words';

let engine: SyncEngine | undefined;

/** The extension's one sync engine (per service-worker life; all its state is in the database). */
export function syncEngine(): SyncEngine {
  engine ??= new SyncEngine({
    db: getDb(),
    fetch: (url, init) => fetch(url, init),
    credentials: browserCredentials,
    region: async () => (await getSettings()).phoneRegion,
    words: { error: describeError, notice: describeNotice },
    // The largest page the server gives: a first sync of 100,000 records is 20 requests, not 100.
    pageLimit: 5_000,
  });
  return engine;
}

/** Opening the popup or dashboard asks for status: that is also the moment to pull (at most every 15 s). */
const PULL_ON_OPEN_MS = 15_000;

export async function syncStatus(): Promise<Replies['syncStatus']> {
  setLang((await getSettings()).language);
  const sync = syncEngine();
  const [status, creds] = await Promise.all([sync.status(), browserCredentials.get()]);
  if (creds && !status.syncing && Date.now() - (status.lastAttemptAt ?? 0) > PULL_ON_OPEN_MS) {
    void sync.sync({ reason: 'open' }).catch(() => undefined);
  }
  return { ...status, role: creds?.role ?? null };
}

export async function syncNow(): Promise<Replies['syncNow']> {
  // Asked for by the user: teammates' names are fetched again too, so a new member shows by name at once.
  await getDb().meta.delete(META.membersFetchedAt);
  return syncEngine().sync({ reason: 'manual', force: true });
}

/**
 * Joins with the invite; the page has already asked for the server's host permission (that needs the
 * user's click). The first pull starts right away; its progress shows in syncStatus().initial.
 */
export async function joinTeam(data: MessageData<'joinTeam'>): Promise<Replies['joinTeam']> {
  setLang((await getSettings()).language);
  const sync = syncEngine();
  try {
    const outcome = await sync.join(data);
    void sync.sync({ reason: 'join', force: true }).catch(() => undefined);
    return outcome;
  } catch (error) {
    const kind = (error as { kind?: string }).kind;
    if (!kind) throw error;
    throw new Error(describeError({ at: Date.now(), kind, message: (error as Error).message }));
  }
}

export async function leaveTeam(data: MessageData<'leaveTeam'>): Promise<Replies['leaveTeam']> {
  const sync = syncEngine();
  return data.dryRun ? sync.previewLeave() : sync.leave();
}

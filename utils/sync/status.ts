import type { MeishiDb } from '@/utils/db';
import type { CredentialStore } from './credentials';
import {
  readBackoff,
  readInitial,
  readNotices,
  readStatus,
  type InitialState,
  type LastError,
  type Notice,
} from './state';

/** What the popup and options page show about sync. Times are epoch ms. */
export interface SyncStatus {
  joined: boolean;
  serverUrl: string | null;
  teamName: string | null;
  memberName: string | null;
  /** Local changes not yet acknowledged by the server. */
  pending: number;
  syncing: boolean;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: LastError | null;
  /** When the next automatic attempt may run (after a failure). */
  nextAttemptAt: number | null;
  /** The first pull after joining (or a full resync): records applied so far. */
  initial: InitialState | null;
  /** Changes the server refused and that were rolled back, newest last. */
  notices: Notice[];
}

export async function readSyncStatus(
  db: MeishiDb,
  credentials: CredentialStore,
  syncing: boolean,
): Promise<SyncStatus> {
  const [creds, pending, state, backoff, initial, notices] = await Promise.all([
    credentials.get(),
    db.outbox.count(),
    readStatus(db),
    readBackoff(db),
    readInitial(db),
    readNotices(db),
  ]);
  return {
    joined: creds !== null,
    serverUrl: creds?.serverUrl ?? null,
    teamName: creds?.teamName ?? null,
    memberName: creds?.memberName ?? null,
    pending,
    syncing,
    lastSuccessAt: state.lastSuccessAt,
    lastAttemptAt: state.lastAttemptAt,
    lastError: state.lastError,
    nextAttemptAt: backoff.failures > 0 ? backoff.until : null,
    initial,
    notices,
  };
}

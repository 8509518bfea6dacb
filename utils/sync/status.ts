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
  type StatusState,
} from './state';

/** Plain words for errors and rejections (the extension passes i18n; tests get the raw messages). */
export interface SyncWords {
  error(error: LastError): string;
  notice(notice: Notice): string;
}

const RAW_WORDS: SyncWords = { error: (e) => e.message, notice: (n) => n.message };

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
  lastRun: StatusState['lastRun'];
  /** `message` is in plain words; `detail` keeps the technical reason. */
  lastError: (LastError & { detail: string }) | null;
  /** When the next automatic attempt may run (after a failure). */
  nextAttemptAt: number | null;
  /** The first pull after joining (or a full resync): records applied so far. */
  initial: InitialState | null;
  /** Changes the server refused and that were rolled back, newest last. */
  notices: (Notice & { text: string })[];
}

export async function readSyncStatus(
  db: MeishiDb,
  credentials: CredentialStore,
  syncing: boolean,
  words: SyncWords = RAW_WORDS,
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
    lastRun: state.lastRun,
    lastError: state.lastError
      ? { ...state.lastError, message: words.error(state.lastError), detail: state.lastError.message }
      : null,
    nextAttemptAt: backoff.failures > 0 ? backoff.until : null,
    initial,
    notices: notices.map((n) => ({ ...n, text: words.notice(n) })),
  };
}

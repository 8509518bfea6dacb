import { getClientId, type MeishiDb } from '@/utils/db';
import type { AckOutcome } from './ack';
import { BACKOFF_MAX_MS, MAX_RETRY_AFTER_MS, NO_BACKOFF, nextBackoff } from './backoff';
import type { CredentialStore, Credentials } from './credentials';
import { SimulatedCrash, SyncError } from './errors';
import { httpTransport, type FetchLike, type Transport } from './http';
import { adoptLocalRecords, joinTeam, type JoinInput, type JoinOutcome } from './join';
import { finishLeave, leaveTeam, planLeave, type LeavePlan } from './leave';
import { pullAll, type PullContext, type PullTotals } from './pull';
import { pushAll, type PushTotals } from './push';
import { META, readBackoff, readMeta, readStatus, writeMeta, type LastError } from './state';
import { readSyncStatus, type SyncStatus, type SyncWords } from './status';
import { z } from 'zod';

export interface SyncDeps {
  db: MeishiDb;
  fetch: FetchLike;
  credentials: CredentialStore;
  /** Defaults to the database's clock. */
  now?: () => number;
  random?: () => number;
  /** Default phone region for identity keys of pulled people. */
  region?: () => Promise<string | undefined>;
  /** Test hook: throw SimulatedCrash at a named point to stand for the worker being killed there. */
  crash?: (point: string) => void;
  batchSize?: number;
  pageLimit?: number;
  onAck?: (outcome: AckOutcome) => void;
  onPage?: PullContext['onPage'];
  words?: SyncWords;
}

export type SyncReason = 'alarm' | 'write' | 'open' | 'manual' | 'join';

export interface SyncOutcome {
  ok: boolean;
  skipped?: 'not-joined' | 'backoff';
  error?: LastError;
  pushed?: PushTotals;
  pulled?: PullTotals;
}

const MEMBERS_EVERY_MS = 10 * 60_000;

/**
 * The sync client of one replica: push the outbox, then pull until caught up. One run at a time;
 * calls during a run share one follow-up run. Holds nothing that matters in memory: every step
 * resumes from what the database and the credential store hold.
 */
export class SyncEngine {
  private running: Promise<SyncOutcome> | undefined;
  private queued: Promise<SyncOutcome> | undefined;
  private readonly now: () => number;

  constructor(private readonly deps: SyncDeps) {
    this.now = deps.now ?? (() => deps.db.clock());
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  sync(opts: { reason: SyncReason; force?: boolean }): Promise<SyncOutcome> {
    if (!this.running) {
      this.running = this.runOnce(opts).finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.sync(opts);
      });
    return this.queued;
  }

  status(): Promise<SyncStatus> {
    return readSyncStatus(this.deps.db, this.deps.credentials, this.busy, this.deps.words);
  }

  async join(input: JoinInput): Promise<JoinOutcome> {
    await this.running?.catch(() => undefined);
    return joinTeam(
      { db: this.deps.db, fetch: this.deps.fetch, credentials: this.deps.credentials, now: this.now },
      input,
    );
  }

  async previewLeave(): Promise<LeavePlan> {
    const creds = await this.deps.credentials.get();
    return planLeave(this.deps.db, creds?.memberId ?? 'local');
  }

  async leave(): Promise<LeavePlan> {
    await this.running?.catch(() => undefined);
    const creds = await this.deps.credentials.get();
    if (creds) {
      // Tell the server this device is gone, so its token stops working; leaving does not wait on it.
      const transport = httpTransport(this.deps.fetch, creds.serverUrl, creds.token, this.now);
      await Promise.race([
        transport.revokeDevice(creds.deviceId).catch(() => undefined),
        new Promise((r) => setTimeout(r, 3_000)),
      ]);
    }
    return leaveTeam(this.deps.db, this.deps.credentials);
  }

  private async runOnce(opts: { reason: SyncReason; force?: boolean }): Promise<SyncOutcome> {
    const { db } = this.deps;
    if (await db.meta.get(META.leaving)) await finishLeave(db);
    const creds = await this.deps.credentials.get();
    if (!creds) return { ok: false, skipped: 'not-joined' };
    if ((await readMeta(db, META.memberId, z.string(), '')) !== creds.memberId)
      await adoptLocalRecords(db, creds);

    const start = this.now();
    const backoff = await readBackoff(db);
    // A clock earlier than when the wait was set (or a wait longer than any we set) has jumped: the wait is void.
    const sane = (until: number, longest: number) => start >= backoff.at && until - start <= longest;
    const waiting =
      (start < backoff.hardUntil && sane(backoff.hardUntil, MAX_RETRY_AFTER_MS)) ||
      (!opts.force &&
        start < backoff.until &&
        sane(backoff.until, Math.max(BACKOFF_MAX_MS, MAX_RETRY_AFTER_MS)));
    if (waiting) return { ok: false, skipped: 'backoff' };
    await this.recordStatus({ lastAttemptAt: start });
    const startedAt = performance.now();
    try {
      const result = await this.exchange(creds);
      await db.transaction('rw', db.meta, async () => {
        const { pushed, pulled } = result;
        const lastRun = {
          sent: pushed.sent,
          pulled: pulled.upserts,
          removed: pulled.removed,
          ms: Math.round(performance.now() - startedAt),
          applyMs: Math.round(pulled.applyMs),
        };
        // An empty round (most alarms) keeps the figures of the last sync that moved something.
        const moved = lastRun.sent + lastRun.pulled + lastRun.removed > 0;
        await this.recordStatus({
          lastSuccessAt: this.now(),
          lastError: null,
          ...(moved ? { lastRun } : {}),
        });
        await writeMeta(db, META.backoff, NO_BACKOFF);
      });
      return { ok: true, ...result };
    } catch (error) {
      if (error instanceof SimulatedCrash) throw error;
      const failure =
        error instanceof SyncError
          ? error
          : new SyncError('server', error instanceof Error ? error.message : String(error));
      const lastError: LastError = {
        at: this.now(),
        kind: error instanceof SyncError ? error.kind : 'internal',
        message: failure.message,
        ...(failure.status ? { status: failure.status } : {}),
      };
      await db.transaction('rw', db.meta, async () => {
        await this.recordStatus({ lastError });
        await writeMeta(
          db,
          META.backoff,
          nextBackoff(await readBackoff(db), failure, this.now(), this.random),
        );
      });
      return { ok: false, error: lastError };
    }
  }

  private readonly random = (): number => (this.deps.random ?? Math.random)();

  private async exchange(creds: Credentials): Promise<{ pushed: PushTotals; pulled: PullTotals }> {
    const { db } = this.deps;
    const transport = httpTransport(this.deps.fetch, creds.serverUrl, creds.token, this.now);
    const region = await this.deps.region?.();
    const clientId = await getClientId(db);
    const common = { db, now: this.now, region, crash: this.deps.crash ?? (() => undefined), transport };
    const pushCtx = {
      ...common,
      clientId,
      batchSize: this.deps.batchSize ?? 200,
      ...(this.deps.onAck ? { onAck: this.deps.onAck } : {}),
    };
    const pushed = await pushAll(pushCtx);
    const pullCtx: PullContext = {
      ...common,
      pageLimit: this.deps.pageLimit ?? 1_000,
      ...(this.deps.onPage ? { onPage: this.deps.onPage } : {}),
    };
    const pulled = await pullAll(pullCtx);
    // A resync may have queued unsent records again: send them now rather than at the next alarm.
    if (pulled.resynced && (await db.outbox.count()) > 0) {
      const again = await pushAll(pushCtx);
      pushed.sent += again.sent;
      pushed.acknowledged += again.acknowledged;
      pushed.rejected += again.rejected;
      const more = await pullAll(pullCtx);
      pulled.upserts += more.upserts;
      pulled.removed += more.removed;
      pulled.applyMs += more.applyMs;
    }
    await this.refreshMembers(transport);
    return { pushed, pulled };
  }

  /** Member names for "who knows": refreshed now and then; a failure here never fails a sync. */
  private async refreshMembers(transport: Transport): Promise<void> {
    const { db } = this.deps;
    const last = await readMeta(db, META.membersFetchedAt, z.number(), 0);
    if (this.now() - last < MEMBERS_EVERY_MS) return;
    try {
      const members = await transport.members();
      await db.transaction('rw', db.meta, async () => {
        await writeMeta(db, META.members, members);
        await writeMeta(db, META.membersFetchedAt, this.now());
      });
    } catch {
      // Older servers may not list members; names then fall back to what joining stored.
    }
  }

  private async recordStatus(patch: Partial<Awaited<ReturnType<typeof readStatus>>>): Promise<void> {
    const { db } = this.deps;
    await writeMeta(db, META.status, { ...(await readStatus(db)), ...patch });
  }
}

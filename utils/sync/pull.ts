import type { PullResponse } from '@/utils/model';
import { applyPage, preparePage, type ApplyContext, type PageOutcome } from './apply';
import { SyncError } from './errors';
import type { Transport } from './http';
import { finishResync, startResync } from './resync';
import { readCursor, readResync, type ResyncState } from './state';

export interface PullContext extends ApplyContext {
  transport: Transport;
  pageLimit: number;
  onPage?: (page: PullResponse, outcome: PageOutcome) => void;
}

export interface PullTotals {
  pages: number;
  upserts: number;
  removed: number;
  invalid: PageOutcome['invalid'];
  resynced: boolean;
  /** Time spent applying pages (the local transactions), in ms. */
  applyMs: number;
}

/** Never left unhandled: the promise is awaited (and its failure handled) later. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Pulls until the server says there is no more, one transaction per page with its cursor. Three
 * things overlap: the next page downloads, this page is validated and shaped, and the previous page
 * commits. A 409 starts a full resync, which keeps unsent local edits; an interrupted pull or resync
 * resumes from the persisted cursor and epoch.
 */
export async function pullAll(ctx: PullContext): Promise<PullTotals> {
  const totals: PullTotals = { pages: 0, upserts: 0, removed: 0, invalid: [], resynced: false, applyMs: 0 };
  let cursor = await readCursor(ctx.db);
  let resync: ResyncState | null = await readResync(ctx.db);
  let fetching = quiet(ctx.transport.pull(cursor, ctx.pageLimit));
  let committing: Promise<void> | null = null;

  const commit = (requested: number, page: PullResponse, prepared: ReturnType<typeof preparePage>) => {
    const started = performance.now();
    const state = resync;
    return quiet(
      applyPage(ctx, requested, prepared, state).then((outcome) => {
        totals.applyMs += performance.now() - started;
        if (!outcome.applied) throw new SyncError('bad-response', 'the local cursor moved during a pull');
        ctx.onPage?.(page, outcome);
        totals.pages++;
        totals.upserts += outcome.upserts;
        totals.removed += outcome.removed;
        totals.invalid.push(...outcome.invalid);
      }),
    );
  };

  for (;;) {
    let page: PullResponse;
    try {
      page = await fetching;
    } catch (error) {
      if (committing) await committing;
      if (!(error instanceof SyncError) || error.kind !== 'resync') throw error;
      if (resync && cursor === 0)
        throw new SyncError('bad-response', 'the server refused a pull from the start');
      resync = await startResync(ctx.db, error.message, ctx.now());
      totals.resynced = true;
      committing = null;
      cursor = 0;
      fetching = quiet(ctx.transport.pull(0, ctx.pageLimit));
      continue;
    }
    ctx.crash('pull:received');
    if (page.nextCursor < cursor || (page.hasMore && page.nextCursor === cursor)) {
      if (committing) await committing;
      throw new SyncError('bad-response', `the server's cursor went from ${cursor} to ${page.nextCursor}`);
    }
    if (page.hasMore) fetching = quiet(ctx.transport.pull(page.nextCursor, ctx.pageLimit));
    const prepared = preparePage(page, ctx.region, ctx.now());
    if (committing) await committing;
    committing = commit(cursor, page, prepared);
    cursor = page.nextCursor;
    if (!page.hasMore) {
      await committing;
      if (resync) await finishResync(ctx.db, resync);
      return totals;
    }
  }
}

import type { PullResponse } from '@/utils/model';
import { applyPage, type ApplyContext, type PageOutcome } from './apply';
import { SyncError } from './errors';
import type { Transport } from './http';
import { finishResync, startResync } from './resync';
import { readCursor, readResync } from './state';

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

/**
 * Pulls until the server says there is no more, one transaction per page with its cursor. A 409
 * starts a full resync, which keeps unsent local edits; an interrupted pull or resync resumes from
 * the persisted cursor and epoch.
 */
export async function pullAll(ctx: PullContext): Promise<PullTotals> {
  const totals: PullTotals = { pages: 0, upserts: 0, removed: 0, invalid: [], resynced: false, applyMs: 0 };
  // The next page is fetched while this one is applied: the network and the local store work at once.
  let ahead: { cursor: number; page: Promise<PullResponse> } | null = null;
  for (;;) {
    const cursor = await readCursor(ctx.db);
    let resync = await readResync(ctx.db);
    let page: PullResponse;
    try {
      const fetched = ahead?.cursor === cursor ? ahead.page : ctx.transport.pull(cursor, ctx.pageLimit);
      ahead = null;
      page = await fetched;
    } catch (error) {
      if (!(error instanceof SyncError) || error.kind !== 'resync') throw error;
      if (resync && cursor === 0)
        throw new SyncError('bad-response', 'the server refused a pull from the start');
      resync = await startResync(ctx.db, error.message, ctx.now());
      totals.resynced = true;
      continue;
    }
    ctx.crash('pull:received');
    if (page.nextCursor < cursor || (page.hasMore && page.nextCursor === cursor)) {
      throw new SyncError('bad-response', `the server's cursor went from ${cursor} to ${page.nextCursor}`);
    }
    if (page.hasMore) {
      ahead = { cursor: page.nextCursor, page: ctx.transport.pull(page.nextCursor, ctx.pageLimit) };
      // Awaited (and its failure handled) on the next turn; until then it must not count as unhandled.
      ahead.page.catch(() => undefined);
    }
    const started = performance.now();
    const outcome = await applyPage(ctx, cursor, page, resync);
    totals.applyMs += performance.now() - started;
    if (!outcome.applied) continue;
    ctx.onPage?.(page, outcome);
    totals.pages++;
    totals.upserts += outcome.upserts;
    totals.removed += outcome.removed;
    totals.invalid.push(...outcome.invalid);
    if (!page.hasMore) {
      if (resync) await finishResync(ctx.db, resync);
      return totals;
    }
  }
}

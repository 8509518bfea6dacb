import type { MeishiDb, OutboxRow } from '@/utils/db';
import { MutationSchema, type MutationResult } from '@/utils/model';
import { acknowledge, type AckOutcome } from './ack';
import { SyncError } from './errors';
import type { Transport } from './http';

export interface PushContext {
  db: MeishiDb;
  transport: Transport;
  clientId: string;
  now: () => number;
  region?: string;
  crash: (point: string) => void;
  /** Largest number of mutations in one request (the API allows 500). */
  batchSize: number;
  onAck?: (outcome: AckOutcome) => void;
}

export interface PushTotals {
  sent: number;
  acknowledged: number;
  rejected: number;
}

/**
 * Sends the outbox oldest first in bounded batches until it is empty. An entry leaves the outbox only
 * in the transaction that records the server's answer. A batch the server refuses as a whole is
 * halved until the one bad mutation is found, which is then rolled back like any other rejection.
 */
export async function pushAll(ctx: PushContext): Promise<PushTotals> {
  const totals: PushTotals = { sent: 0, acknowledged: 0, rejected: 0 };
  let size = ctx.batchSize;
  for (;;) {
    const batch = await ctx.db.outbox.orderBy('seq').limit(size).toArray();
    if (batch.length === 0) return totals;
    const { valid, invalid } = splitValid(batch);
    let results: MutationResult[] = invalid.map((e) => reject(e, 'invalid', 'the queued change is damaged'));
    if (valid.length > 0) {
      ctx.crash('push:before-send');
      try {
        const res = await ctx.transport.push({
          clientId: ctx.clientId,
          mutations: valid.map((e) => e.mutation),
        });
        results = results.concat(res.results);
      } catch (error) {
        if (!(error instanceof SyncError) || (error.kind !== 'bad-request' && error.kind !== 'too-large'))
          throw error;
        if (valid.length > 1) {
          size = Math.max(1, Math.floor(valid.length / 2));
          continue;
        }
        // One mutation the server cannot even read: drop it with the server's reason rather than retry forever.
        results.push(reject(valid[0]!, 'invalid', error.message));
      }
      ctx.crash('push:after-response');
    }
    const outcome = await acknowledge(ctx, batch, results);
    ctx.onAck?.(outcome);
    totals.sent += valid.length;
    totals.acknowledged += outcome.acknowledged.length;
    totals.rejected += outcome.rejected.length;
    if (outcome.acknowledged.length + outcome.rejected.length === 0 && outcome.unanswered > 0) {
      throw new SyncError('bad-response', 'the server answered none of the changes sent');
    }
    size = ctx.batchSize;
  }
}

function splitValid(batch: OutboxRow[]): { valid: OutboxRow[]; invalid: OutboxRow[] } {
  const valid: OutboxRow[] = [];
  const invalid: OutboxRow[] = [];
  for (const entry of batch) (MutationSchema.safeParse(entry.mutation).success ? valid : invalid).push(entry);
  return { valid, invalid };
}

function reject(entry: OutboxRow, reason: 'invalid', message: string): MutationResult {
  return { id: entry.mutation.id, status: 'rejected', reason, message };
}

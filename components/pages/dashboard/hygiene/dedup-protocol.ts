import { z } from 'zod';
import { ClusterSchema, ReviewPairSchema } from '@/utils/dedup';

/**
 * What the duplicates page and its worker say to each other. The worker reads every person and
 * their identity keys and runs 名寄せ; the page gets the queue and the names it shows, never the
 * 100,000 records themselves.
 */
export const DedupRequestSchema = z.object({ region: z.string() });

export const DuplicateQueueSchema = z.object({
  /** Groups of exact duplicates, safe to merge without asking. */
  autoMerge: z.array(ClusterSchema),
  /** Pairs a person should look at, surest first. */
  review: z.array(ReviewPairSchema),
  /** The display name of everyone in a group or a pair. */
  names: z.record(z.string(), z.string()),
  /** Milliseconds spent finding them, after reading. */
  ms: z.number(),
});
export type DuplicateQueue = z.infer<typeof DuplicateQueueSchema>;

export const DedupAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('found'), queue: DuplicateQueueSchema }),
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
export type DedupAnswer = z.infer<typeof DedupAnswerSchema>;

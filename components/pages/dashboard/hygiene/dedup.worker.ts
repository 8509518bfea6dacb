import { z } from 'zod';
import { getDb } from '@/utils/db/db';
import { findCandidates } from '@/utils/hygiene/candidates';
import { DedupRequestSchema, type DedupAnswer, type DuplicateQueue } from './dedup-protocol';

/** 名寄せ off the page's thread: reading 100,000 people and comparing them never freezes the page. */

const post = (answer: DedupAnswer) => self.postMessage(answer);

async function find(region: string): Promise<DuplicateQueue> {
  const found = await findCandidates(getDb(), region);
  const names: Record<string, string> = {};
  const ids = [...found.autoMerge.flatMap((g) => g.personIds), ...found.review.flatMap((p) => [p.a, p.b])];
  for (const id of ids) names[id] = found.people.get(id)?.displayName ?? '';
  return { autoMerge: found.autoMerge, review: found.review, names, ms: found.ms };
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = DedupRequestSchema.safeParse(event.data);
  if (!request.success) {
    post({ kind: 'failed', message: `Duplicates worker: bad request (${z.prettifyError(request.error)})` });
    return;
  }
  find(request.data.region).then(
    (queue) => post({ kind: 'found', queue }),
    (error: unknown) =>
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});

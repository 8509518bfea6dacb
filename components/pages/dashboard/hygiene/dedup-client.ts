import { DedupAnswerSchema, type DuplicateQueue } from './dedup-protocol';
import DedupWorker from './dedup.worker?worker';

/**
 * Finds duplicate candidates in a worker of their own, started for the search and stopped after:
 * the worker holds every person while it compares them, and nothing once it has answered.
 */
export function findDuplicatesInWorker(region: string): Promise<DuplicateQueue> {
  const worker = new DedupWorker({ name: 'meishi-duplicates' });
  return new Promise<DuplicateQueue>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const answer = DedupAnswerSchema.safeParse(event.data);
      if (!answer.success)
        reject(new Error('The duplicate search stopped: its worker sent something unreadable.'));
      else if (answer.data.kind === 'failed') reject(new Error(answer.data.message));
      else resolve(answer.data.queue);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(`The duplicate search stopped: ${event.message || 'its worker could not start'}.`));
    });
    worker.postMessage({ region });
  }).finally(() => worker.terminate());
}

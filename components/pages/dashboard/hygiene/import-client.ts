import type { ImportSummary } from '@/utils/hygiene';
import type { CsvMapping } from '@/utils/io';
import type { Visibility } from '@/utils/model';
import type { Actor } from '@/utils/db';
import { FromWorkerSchema, type FromWorker, type Preview, type ToWorker } from './import-protocol';
import ImportWorker from './import.worker?worker';

/**
 * The page's side of the import worker: one request at a time, each answered by progress messages
 * and then its result or a failure. One worker for the page's lifetime, so an import goes on while
 * the user looks at other views of the dashboard.
 */
class ImportClient {
  private worker: Worker | undefined;
  private onMessage: ((message: FromWorker) => void) | undefined;
  private onFailure: ((error: Error) => void) | undefined;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new ImportWorker({ name: 'meishi-import' });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = FromWorkerSchema.safeParse(event.data);
      if (message.success) this.onMessage?.(message.data);
      else this.onFailure?.(new Error('The import stopped: its worker sent something unreadable.'));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.worker = undefined;
      worker.terminate();
      this.onFailure?.(new Error(`The import stopped: ${event.message || 'its worker could not start'}.`));
    });
    this.worker = worker;
    return worker;
  }

  private request<T>(message: ToWorker, answer: (m: FromWorker) => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.onFailure = reject;
      this.onMessage = (m) => {
        if (m.kind === 'failed') return reject(new Error(m.message));
        const result = answer(m);
        if (result !== undefined) resolve(result);
      };
      this.start().postMessage(message);
    });
  }

  /** Parses and matches a file in the worker; the worker keeps the rows for `run`. */
  parse(
    file: Blob,
    options: { name: string; mapping?: CsvMapping; region: string; now: number; by: string },
    onProgress: (share: number) => void,
  ): Promise<Preview> {
    return this.request({ kind: 'parse', file, ...options }, (m) => {
      if (m.kind === 'reading') onProgress(m.share);
      return m.kind === 'preview' ? m.preview : undefined;
    });
  }

  /** Saves the rows of the last `parse`. */
  run(
    options: { actor: Actor; visibility: Visibility; how: string },
    onProgress: (done: number, total: number) => void,
  ): Promise<ImportSummary> {
    return this.request({ kind: 'run', ...options }, (m) => {
      if (m.kind === 'saving') onProgress(m.done, m.total);
      return m.kind === 'summary' ? m.summary : undefined;
    });
  }
}

let client: ImportClient | undefined;
export const importClient = (): ImportClient => (client ??= new ImportClient());

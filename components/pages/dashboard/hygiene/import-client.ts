import type { Actor } from '@/utils/db';
import type { ImportSummary } from '@/utils/hygiene';
import type { CsvMapping } from '@/utils/io';
import type { Visibility } from '@/utils/model';
import { FromWorkerSchema, type FromWorker, type Preview, type ToWorker } from './import-protocol';
import ImportWorker from './import.worker?worker';

type Body<K extends ToWorker['kind']> = Omit<Extract<ToWorker, { kind: K }>, 'id'>;

interface Pending {
  kind: ToWorker['kind'];
  on(message: FromWorker): void;
  fail(error: Error): void;
}

/** An import being saved: a view opened meanwhile shows its progress, then its summary. */
export interface ActiveImport {
  name: string;
  done: number;
  total: number;
  result: Promise<ImportSummary>;
}

/**
 * The page's side of the import worker. One worker for the page's lifetime, so an import goes on
 * while the user looks at other views; each request has an id, and only its own answers reach it.
 */
class ImportClient {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly watchers = new Set<(active: ActiveImport | undefined) => void>();
  active: ActiveImport | undefined;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new ImportWorker({ name: 'meishi-import' });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = FromWorkerSchema.safeParse(event.data);
      if (!message.success) return this.failAll('its worker sent something unreadable');
      if (message.data.kind === 'failed' && message.data.id === null)
        return this.failAll(message.data.message);
      this.pending.get(message.data.id ?? -1)?.on(message.data);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.worker = undefined;
      worker.terminate();
      this.failAll(event.message || 'its worker could not start');
    });
    this.worker = worker;
    return worker;
  }

  private failAll(reason: string): void {
    for (const p of [...this.pending.values()]) p.fail(new Error(`The import stopped: ${reason}.`));
  }

  private request<K extends ToWorker['kind'], T>(
    body: Body<K>,
    answer: (m: FromWorker) => T | undefined,
  ): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const fail = (error: Error) => {
        this.pending.delete(id);
        reject(error);
      };
      this.pending.set(id, {
        kind: body.kind,
        fail,
        on: (m) => {
          if (m.kind === 'failed') return fail(new Error(m.message));
          const result = answer(m);
          if (result === undefined) return;
          this.pending.delete(id);
          resolve(result);
        },
      });
      this.start().postMessage({ ...body, id });
    });
  }

  /** Parses and matches a file in the worker; the worker keeps its rows for `run`. */
  parse(
    file: Blob,
    options: { name: string; mapping?: CsvMapping; region: string; now: number; by: string },
    onProgress: (share: number) => void,
  ): Promise<Preview> {
    if (this.active) return Promise.reject(new Error('An import is still being saved.'));
    for (const p of this.pending.values())
      if (p.kind === 'parse') p.fail(new Error('A newer file was chosen.'));
    return this.request<'parse', Preview>({ kind: 'parse', file, ...options }, (m) => {
      if (m.kind === 'reading') onProgress(m.share);
      return m.kind === 'preview' ? m.preview : undefined;
    });
  }

  /** Saves the rows of the last `parse`; `watch` follows its progress. */
  run(name: string, options: { actor: Actor; visibility: Visibility; how: string }): ActiveImport {
    const active: ActiveImport = {
      name,
      done: 0,
      total: 0,
      result: this.request<'run', ImportSummary>({ kind: 'run', ...options }, (m) => {
        if (m.kind === 'saving') {
          active.done = m.done;
          active.total = m.total;
          this.notify();
        }
        return m.kind === 'summary' ? m.summary : undefined;
      }),
    };
    this.active = active;
    const end = () => {
      if (this.active === active) this.active = undefined;
      this.notify();
    };
    active.result.then(end, end);
    this.notify();
    return active;
  }

  /**
   * Lets go of a previewed file the user cancelled: the worker holds its rows (some 80 MB for
   * 100,000), so it is stopped and a new one starts with the next file. Never during a save.
   */
  discard(): void {
    if (this.active || !this.worker) return;
    for (const p of [...this.pending.values()]) p.fail(new Error('The file was put aside.'));
    this.worker.terminate();
    this.worker = undefined;
  }

  /** Calls `watcher` on every progress of the active import; returns the unsubscribe. */
  watch(watcher: (active: ActiveImport | undefined) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private notify(): void {
    for (const w of this.watchers) w(this.active);
  }
}

let client: ImportClient | undefined;
export const importClient = (): ImportClient => (client ??= new ImportClient());

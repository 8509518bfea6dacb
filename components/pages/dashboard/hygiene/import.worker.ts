import { z } from 'zod';
import { getDb } from '@/utils/db/db';
import { matchRows, type RowMatch } from '@/utils/hygiene/import-match';
import { runImport } from '@/utils/hygiene/import-run';
import type { FromWorker, Preview, ToWorker } from './import-protocol';
import { ToWorkerSchema } from './import-protocol';
import { parseFile, type ParsedFile } from './parse-file';

/**
 * The import's own thread: parses the file, matches it against the store and writes it in
 * chunks, while the page only paints progress. Holds the parsed file between preview and confirm.
 */

const SAMPLE = 5;
let job: { parsed: ParsedFile; match: RowMatch } | undefined;
let latestParse = -1;

const post = (message: FromWorker) => self.postMessage(message);

function previewOf(parsed: ParsedFile, match: RowMatch): Preview {
  return {
    name: parsed.name,
    kind: parsed.kind,
    format: parsed.format,
    total: parsed.records.length,
    sample: parsed.records.slice(0, SAMPLE).map((r, i) => ({ ...r, target: match.target[i] ?? 'new' })),
    counts: match.counts,
    errors: parsed.errors,
    ...(parsed.csv ? { csv: parsed.csv } : {}),
  };
}

async function parse(request: Extract<ToWorker, { kind: 'parse' }>): Promise<void> {
  job = undefined;
  latestParse = request.id;
  const bytes = new Uint8Array(await request.file.arrayBuffer());
  const parsed = await parseFile(bytes, request.name, {
    ...(request.mapping ? { mapping: request.mapping } : {}),
    region: request.region,
    now: request.now,
    by: request.by,
    onProgress: (share) => post({ kind: 'reading', id: request.id, share }),
  });
  const match = await matchRows(getDb(), parsed.records, request.region);
  // A file picked again while this one was read: only the newest parse may be confirmed.
  if (request.id !== latestParse) return;
  job = { parsed, match };
  post({ kind: 'preview', id: request.id, preview: previewOf(parsed, match) });
}

async function run(request: Extract<ToWorker, { kind: 'run' }>): Promise<void> {
  if (!job) throw new Error('Nothing to import: choose the file again.');
  const { parsed, match } = job;
  // One import per parse: a second confirm must not save the same rows twice.
  job = undefined;
  const summary = await runImport(
    getDb(),
    {
      rows: parsed.records,
      keys: match.keys,
      errors: parsed.errors,
      format: parsed.format,
      label: parsed.name,
    },
    {
      actor: request.actor,
      visibility: request.visibility,
      how: request.how,
      onProgress: (p) => post({ kind: 'saving', id: request.id, done: p.done, total: p.total }),
    },
  );
  post({ kind: 'summary', id: request.id, summary });
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = ToWorkerSchema.safeParse(event.data);
  if (!request.success) {
    post({
      kind: 'failed',
      id: null,
      message: `Import worker: bad request (${z.prettifyError(request.error)})`,
    });
    return;
  }
  const task = request.data.kind === 'parse' ? parse(request.data) : run(request.data);
  const id = request.data.id;
  task.catch((error: unknown) =>
    post({ kind: 'failed', id, message: error instanceof Error ? error.message : String(error) }),
  );
});

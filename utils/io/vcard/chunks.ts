import { yieldToEventLoop } from '../shared/yield';
import type { ImportError, ImportOptions, ImportedRow } from '../types';
import { iterateCards } from './cards';
import { contextOf, importCard, importVcard, prepare, type PreparedText } from './import';
import { iterateProperties } from './unfold';

export interface VcardChunk {
  records: ImportedRow[];
  errors: ImportError[];
  /** Share of the file read so far, 0..1. */
  progress: number;
}

function countLines(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n += 1;
  return n;
}

/**
 * Imports a vCard file a few hundred cards at a time, giving the event loop a turn between
 * chunks, so a phone's whole address book (photos and all) never freezes the page. Cards come in
 * the order they end in the file. jCard files are read in one go. Never throws.
 */
export async function* importVcardChunks(
  input: Uint8Array | string,
  options: ImportOptions & { cardsPerChunk?: number } = {},
): AsyncGenerator<VcardChunk, void, undefined> {
  const size = Math.max(1, options.cardsPerChunk ?? 500);
  let prepared: PreparedText;
  try {
    prepared = prepare(input);
  } catch (error) {
    const reason = `could not read the file (${error instanceof Error ? error.message : 'unexpected'})`;
    yield { records: [], errors: [{ line: 0, reason }], progress: 1 };
    return;
  }
  if (/^\s*\[/.test(prepared.text)) {
    const whole = importVcard(input, options);
    yield { records: whole.records, errors: whole.errors, progress: 1 };
    return;
  }
  const ctx = contextOf(options);
  const lines = countLines(prepared.text);
  let chunk: VcardChunk = { records: [], errors: [], progress: 0 };
  let cards = 0;
  try {
    for (const card of iterateCards(iterateProperties(prepared.text))) {
      cards += 1;
      const result = importCard(card, prepared, ctx);
      if (result.ok) chunk.records.push(result.row);
      else chunk.errors.push({ line: card.line, reason: result.reason });
      if (chunk.records.length + chunk.errors.length >= size) {
        chunk.progress = Math.min(1, card.line / lines);
        yield chunk;
        chunk = { records: [], errors: [], progress: 0 };
        await yieldToEventLoop();
      }
    }
  } catch (error) {
    const reason = `could not read the rest of the file (${error instanceof Error ? error.message : 'unexpected'})`;
    chunk.errors.push({ line: 0, reason });
  }
  if (cards === 0) chunk.errors.push({ line: 0, reason: 'no vCard in the file: no BEGIN:VCARD line' });
  yield { ...chunk, progress: 1 };
}

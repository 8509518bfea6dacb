import { buildPerson, type BuildContext, type BuildResult } from '../shared/build-person';
import type { PersonDraft } from '../shared/draft';
import { decodeUnknown, sniffBom } from '../shared/decode';
import {
  SOURCE_OF_FORMAT,
  type ImportError,
  type ImportOptions,
  type ImportedRow,
  type ImportResult,
} from '../types';
import { groupCards, type RawCard } from './cards';
import { readJCard, type JCardCards } from './jcard';
import { readXCard, type XCardCards } from './xcard';
import { cardToDraft } from './to-draft';
import { unfoldProperties } from './unfold';
import { decodeProperty, type SourceKindOfText } from './values';

/** Bytes as one char per byte, so each value can be decoded in its own CHARSET later. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

export function contextOf(options: ImportOptions): BuildContext {
  return {
    source: SOURCE_OF_FORMAT.vcard,
    now: options.now ?? Date.now(),
    by: options.by,
    region: options.region ?? 'JP',
  };
}

export interface PreparedText {
  text: string;
  source: SourceKindOfText;
  fallback: string;
}

export function prepare(input: Uint8Array | string): PreparedText {
  if (typeof input === 'string')
    return { text: input.replace(/^\uFEFF/, ''), source: 'text', fallback: 'utf-8' };
  const bom = sniffBom(input);
  // UTF-16 files are decoded whole; everything else is read byte-wise and decoded per value.
  if (bom && bom.encoding !== 'utf-8')
    return { text: decodeUnknown(input).text, source: 'text', fallback: 'utf-8' };
  const bytes = bom ? input.subarray(bom.skip) : input;
  return { text: binaryString(bytes), source: 'bytes', fallback: decodeUnknown(bytes).encoding };
}

/**
 * Imports vCard 2.1, 3.0 and 4.0 (and jCard JSON) from bytes or text: one record per card, or an
 * error naming the card's line and why it cannot be a person. Never throws.
 */
export function importVcard(input: Uint8Array | string, options: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(input, options);
  } catch (error) {
    const reason = `could not read the file (${error instanceof Error ? error.message : 'unexpected'})`;
    return { records: [], errors: [{ line: 0, reason }], format: 'vcard' };
  }
}

function importUnsafe(input: Uint8Array | string, options: ImportOptions): ImportResult {
  const ctx = contextOf(options);
  const { text, source, fallback } = prepare(input);
  const records: ImportedRow[] = [];
  const errors: ImportError[] = [];

  if (/^\s*\[/.test(text)) return importJCard(text, ctx);
  if (/^\s*</.test(text))
    return importXCard(typeof input === 'string' ? text : decodeUnknown(input).text, ctx);

  const cards = groupCards(unfoldProperties(text));
  if (cards.length === 0) {
    return {
      records,
      errors: [{ line: 0, reason: 'no vCard in the file: no BEGIN:VCARD line' }],
      format: 'vcard',
    };
  }
  for (const card of cards) {
    const result = importCard(card, { text, source, fallback }, ctx);
    if (result.ok) records.push(result.row);
    else errors.push({ line: card.line, reason: result.reason });
  }
  return { records, errors, format: 'vcard' };
}

/** One card's properties decoded (version, charset, escapes) and made a person. */
export function importCard(card: RawCard, prepared: PreparedText, ctx: BuildContext): BuildResult {
  const version = card.version || '2.1';
  let draft: PersonDraft;
  try {
    const props = card.properties.map((p) => decodeProperty(p, version, prepared.source, prepared.fallback));
    draft = cardToDraft(props, card.line);
  } catch (error) {
    return {
      ok: false,
      reason: `could not read the card (${error instanceof Error ? error.message : 'unexpected'})`,
    };
  }
  return buildPerson(draft, ctx);
}

function importJCard(text: string, ctx: BuildContext): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { records: [], errors: [{ line: 0, reason: 'not valid JSON, so not a jCard' }], format: 'jcard' };
  }
  return importStructured(readJCard(json), ctx, 'jcard');
}

function importXCard(text: string, ctx: BuildContext): ImportResult {
  return importStructured(readXCard(text), ctx, 'vcard');
}

/** jCard and xCard: cards already split into properties, numbered by position. */
function importStructured(
  read: JCardCards | XCardCards,
  ctx: BuildContext,
  format: 'jcard' | 'vcard',
): ImportResult {
  if ('error' in read) return { records: [], errors: [{ line: 0, reason: read.error }], format };
  const records: ImportedRow[] = [];
  const errors: ImportError[] = [];
  for (const card of read.cards) {
    const result = buildPerson(cardToDraft(card.properties, card.index + 1), ctx);
    if (result.ok) records.push(result.row);
    else errors.push({ line: card.index + 1, reason: result.reason });
  }
  return { records, errors, format };
}

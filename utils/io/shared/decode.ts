/**
 * Bytes to text for files whose encoding nobody declared. A BOM decides; otherwise UTF-8 when the
 * bytes are valid UTF-8, Shift_JIS when they are valid Shift_JIS and hold kana (Japanese Excel and
 * Outlook save CSV as Shift_JIS), and Windows-1252 (which decodes any byte) as the last resort.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252' | string;

const KANA = /[\u3041-\u30ff]/;

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function sniffBom(bytes: Uint8Array): { encoding: TextEncodingName; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** Decodes bytes whose encoding is unknown; `encoding` says what was used. Never throws. */
export function decodeUnknown(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const bom = sniffBom(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const sjis = tryDecode(bytes, 'shift_jis');
  if (sjis !== null && KANA.test(sjis)) return { text: sjis, encoding: 'shift_jis' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/** Decodes with a declared charset (a vCard CHARSET parameter); an unknown label falls back to guessing. */
export function decodeDeclared(bytes: Uint8Array, charset: string | undefined): string {
  if (charset) {
    const label = charset.trim().toLowerCase();
    try {
      return new TextDecoder(label === 'sjis' || label === 'x-sjis' ? 'shift_jis' : label).decode(bytes);
    } catch {
      // an unknown label: guess as if none were given
    }
  }
  return decodeUnknown(bytes).text;
}

/** The text of a file given as bytes or already as text (a leading BOM removed either way). */
export function toText(input: Uint8Array | string): { text: string; encoding: TextEncodingName } {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-16' };
  return decodeUnknown(input);
}

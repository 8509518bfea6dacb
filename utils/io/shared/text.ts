// C0/C1 controls other than tab and newlines never belong in a contact field; they come from
// broken exports and would break CSV and vCard output later.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const HALF_WIDTH_KANA = /[\uff61-\uff9f]+/g;

/** Trimmed single-line text, or undefined when nothing is left. */
export function cleanLine(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const s = value
    .replace(CONTROLS, '')
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
  return s === '' ? undefined : s;
}

/** Multi-line text (notes): newlines kept as \n, trailing blank space trimmed. */
export function cleanBlock(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const s = value.replace(/\r\n?/g, '\n').replace(CONTROLS, '').trim();
  return s === '' ? undefined : s;
}

/** Half-width katakana (ｱﾝﾄﾞｳ, from old phones) to full-width (アンドウ); nothing else changes. */
export function widenKana(s: string): string {
  return s.replace(HALF_WIDTH_KANA, (run) => run.normalize('NFKC'));
}

/** True when the text holds kana, CJK ideographs or Hangul: names written family name first. */
export function isFamilyFirstScript(s: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc]/u.test(s);
}

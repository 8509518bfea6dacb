/**
 * Words around a person's name that are not the name: titles before it, honorifics and
 * qualifications after it. Latin words are written as they look after normalizeText with dots removed.
 */

export const PREFIX_TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'rev',
  'revd',
  'hon',
  'mme',
  'mlle',
  'herr',
  'frau',
  'sra',
  'srta',
  'capt',
  'sgt',
  'atty',
]);

/** Generational suffixes and letters after a name, removed from its end. */
export const SUFFIXES: ReadonlySet<string> = new Set([
  'jr',
  'junior',
  'sr',
  'snr',
  'jnr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'mba',
  'esq',
  'cpa',
  'cfa',
  'dds',
  'dmd',
  'jd',
  'llm',
  'msc',
  'bsc',
  'mphil',
  'dphil',
  'pmp',
  'obe',
  'mbe',
  'cbe',
  'kbe',
  'frs',
]);

/**
 * Letters that are also surnames (Ma, Do) or words: removed only when a comma sets them apart,
 * as in "Yun Ma, MA".
 */
export const COMMA_SUFFIXES: ReadonlySet<string> = new Set([
  ...SUFFIXES,
  'ma',
  'ms',
  'ba',
  'bs',
  'do',
  'pe',
  'rn',
  'np',
  'ret',
  'mp',
  'qc',
  'kc',
  'v',
  'esquire',
  'senior',
]);

/** Japanese honorifics written in romaji after a hyphen: "Yamada-san". */
export const ROMAJI_HONORIFICS = /-(?:san|sama|sensei|kun|chan|dono|shi)\b/g;

/** Honorifics and titles written straight after a Japanese name, longest first. */
export const CJK_SUFFIXES: readonly string[] = [
  '御中',
  '先生',
  '教授',
  '博士',
  '社長',
  '部長',
  '課長',
  'さま',
  'さん',
  'どの',
  'くん',
  'ちゃん',
  '様',
  '殿',
  '氏',
  '君',
];

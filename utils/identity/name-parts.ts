/**
 * Words around a person's name that are not the name. Written as they look after normalizeText
 * with dots removed. Only words that are never (or almost never) names themselves are removed
 * wherever they stand; words that are also surnames (Lord, Judge, Mayor, Ma, Do...) are left alone
 * unless a comma sets them apart, because a key that ate them would merge different people.
 */

/** Titles and forms of address, removed wherever they stand. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'drs',
  'doctor',
  'doctors',
  'prof',
  'sir',
  'dame',
  'countess',
  'baroness',
  'mme',
  'mlle',
  'herr',
  'frau',
  'sra',
  'srta',
  'rev',
  'revd',
  'reverend',
  'father',
  'pastor',
  'rabbi',
  'imam',
  'sheikh',
  'hon',
  'atty',
  'capt',
  'sgt',
  'congressman',
  'congresswoman',
  'senator',
  'representative',
]);

/** Generational suffixes and letters after a name, removed wherever they stand. */
export const SUFFIXES: ReadonlySet<string> = new Set([
  'jr',
  'jnr',
  'sr',
  'snr',
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
  'aia',
  'faia',
  'bsn',
  'msn',
  'lcsw',
  'cissp',
]);

/** Words that are suffixes only when a comma sets them apart, as in "Yun Ma, MA" or "Jo Do, RN". */
export const COMMA_SUFFIXES: ReadonlySet<string> = new Set([
  ...SUFFIXES,
  ...TITLES,
  'ma',
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
  'dc',
  'sc',
  'gri',
  'csi',
  'lncc',
  'realtor',
  'trustee',
  'attorney',
  'architect',
  'esquire',
  'senior',
  'junior',
  'v',
  'vi',
]);

/** Phrases after a name that say what the person does: "… Attorney at Law". */
export const TRAILING_PHRASES = /[\s,]+(?:attorney|atty)\s+at\s+law\b/g;

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

/** Type words of vCard and CSV exports mapped to the labels people see; others are kept as written. */
const KNOWN: Record<string, string> = {
  work: 'work',
  business: 'work',
  office: 'work',
  home: 'home',
  personal: 'home',
  cell: 'mobile',
  mobile: 'mobile',
  iphone: 'mobile',
  fax: 'fax',
  pager: 'pager',
  other: 'other',
  main: 'main',
};

/** Types that describe the channel, not the place: never a useful label on their own. */
const NOISE = new Set(['internet', 'voice', 'pref', 'x400', 'msg', 'text', 'uri']);

/** One label from a list of type words: the first known one, else the first meaningful one. */
export function labelFromTypes(types: readonly string[]): string | undefined {
  // 4.0 quotes lists (TYPE="work,voice"); split them here, where the version no longer matters.
  const words = types
    .flatMap((t) => t.split(','))
    .map((t) => t.trim().toLowerCase().replace(/^x-/, ''))
    .filter((t) => t !== '');
  const isFax = words.includes('fax');
  for (const word of words) {
    const known = KNOWN[word];
    if (known === 'fax' || (known && !isFax)) return known;
  }
  const custom = words.find((w) => !NOISE.has(w));
  return custom === undefined ? undefined : custom.slice(0, 32);
}

/**
 * Apple's `_$!<HomePage>!$_` label wrapper unwrapped, the "* " Google's old export puts before the
 * primary entry's type removed; other labels trimmed to the schema's 32.
 */
export function cleanLabel(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const s = label
    .replace(/^_\$!<(.*)>!\$_$/, '$1')
    .replace(/^\*\s+/, '')
    .trim();
  if (s === '') return undefined;
  return KNOWN[s.toLowerCase()] ?? s.slice(0, 32);
}

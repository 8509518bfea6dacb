/**
 * 異体字: kanji written two ways in names (old and new forms, the "ladder" 髙, the "standing" 﨑).
 * Each group is one character; records written with either are the same name. The first is the form
 * the folding maps to.
 */
const GROUPS = [
  '斎斉齋齊',
  '高髙',
  '崎﨑嵜碕',
  '辺邊邉',
  '沢澤',
  '浜濱',
  '島嶋嶌',
  '国國',
  '広廣',
  '桜櫻',
  '竜龍',
  '恵惠',
  '栄榮',
  '真眞',
  '富冨',
  '徳德',
  '瀬瀨',
  '条條',
  '関關',
  '渕淵',
  '槙槇',
  '穂穗',
  '礼禮',
  '実實',
  '寿壽',
  '与與',
  '亜亞',
  '桧檜',
  '薗園',
  '芦蘆',
  '黒黑',
  '将將',
  '野埜',
  '峰峯',
  '藤籐',
];

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) {
  const [first = '', ...rest] = [...group];
  for (const c of rest) if (!CANONICAL.has(c)) CANONICAL.set(c, first);
}

const ANY_VARIANT = new RegExp(`[${[...CANONICAL.keys()].join('')}]`, 'u');

/** Maps every variant kanji to its group's first form. */
export function foldKanjiVariants(s: string): string {
  if (!ANY_VARIANT.test(s)) return s;
  let out = '';
  for (const c of s) out += CANONICAL.get(c) ?? c;
  return out;
}

import { foldKana } from './text';

// Hepburn romanisation of hiragana (katakana is folded to hiragana first).
const DIGRAPHS: Record<string, string> = {
  きゃ: 'kya',
  きゅ: 'kyu',
  きょ: 'kyo',
  しゃ: 'sha',
  しゅ: 'shu',
  しょ: 'sho',
  しぇ: 'she',
  ちゃ: 'cha',
  ちゅ: 'chu',
  ちょ: 'cho',
  ちぇ: 'che',
  にゃ: 'nya',
  にゅ: 'nyu',
  にょ: 'nyo',
  ひゃ: 'hya',
  ひゅ: 'hyu',
  ひょ: 'hyo',
  みゃ: 'mya',
  みゅ: 'myu',
  みょ: 'myo',
  りゃ: 'rya',
  りゅ: 'ryu',
  りょ: 'ryo',
  ぎゃ: 'gya',
  ぎゅ: 'gyu',
  ぎょ: 'gyo',
  じゃ: 'ja',
  じゅ: 'ju',
  じょ: 'jo',
  じぇ: 'je',
  ぢゃ: 'ja',
  ぢゅ: 'ju',
  ぢょ: 'jo',
  びゃ: 'bya',
  びゅ: 'byu',
  びょ: 'byo',
  ぴゃ: 'pya',
  ぴゅ: 'pyu',
  ぴょ: 'pyo',
  ふぁ: 'fa',
  ふぃ: 'fi',
  ふぇ: 'fe',
  ふぉ: 'fo',
  てぃ: 'ti',
  でぃ: 'di',
  とぅ: 'tu',
  どぅ: 'du',
  うぃ: 'wi',
  うぇ: 'we',
  うぉ: 'wo',
  ゔぁ: 'va',
  ゔぃ: 'vi',
  ゔぇ: 've',
  ゔぉ: 'vo',
  つぁ: 'tsa',
  つぇ: 'tse',
  つぉ: 'tso',
  いぇ: 'ye',
};

const MONOGRAPHS: Record<string, string> = {
  あ: 'a',
  い: 'i',
  う: 'u',
  え: 'e',
  お: 'o',
  か: 'ka',
  き: 'ki',
  く: 'ku',
  け: 'ke',
  こ: 'ko',
  さ: 'sa',
  し: 'shi',
  す: 'su',
  せ: 'se',
  そ: 'so',
  た: 'ta',
  ち: 'chi',
  つ: 'tsu',
  て: 'te',
  と: 'to',
  な: 'na',
  に: 'ni',
  ぬ: 'nu',
  ね: 'ne',
  の: 'no',
  は: 'ha',
  ひ: 'hi',
  ふ: 'fu',
  へ: 'he',
  ほ: 'ho',
  ま: 'ma',
  み: 'mi',
  む: 'mu',
  め: 'me',
  も: 'mo',
  や: 'ya',
  ゆ: 'yu',
  よ: 'yo',
  ら: 'ra',
  り: 'ri',
  る: 'ru',
  れ: 're',
  ろ: 'ro',
  わ: 'wa',
  ゐ: 'i',
  ゑ: 'e',
  を: 'o',
  ん: 'n',
  が: 'ga',
  ぎ: 'gi',
  ぐ: 'gu',
  げ: 'ge',
  ご: 'go',
  ざ: 'za',
  じ: 'ji',
  ず: 'zu',
  ぜ: 'ze',
  ぞ: 'zo',
  だ: 'da',
  ぢ: 'ji',
  づ: 'zu',
  で: 'de',
  ど: 'do',
  ば: 'ba',
  び: 'bi',
  ぶ: 'bu',
  べ: 'be',
  ぼ: 'bo',
  ぱ: 'pa',
  ぴ: 'pi',
  ぷ: 'pu',
  ぺ: 'pe',
  ぽ: 'po',
  ゔ: 'vu',
  ぁ: 'a',
  ぃ: 'i',
  ぅ: 'u',
  ぇ: 'e',
  ぉ: 'o',
  ゃ: 'ya',
  ゅ: 'yu',
  ょ: 'yo',
  ゎ: 'wa',
  ゕ: 'ka',
  ゖ: 'ke',
};

/**
 * Folds the ways one Japanese name is written in Latin letters: long vowels as ō, ô, oo, ou or oh
 * (before a consonant) become one vowel, as do uu, aa, ee; "m" before b/m/p becomes "n". So
 * "Tarō", "Tarou", "Taroo" and "Taro" agree, and "Ohno" with "Ono", "Shimbashi" with "Shinbashi".
 */
export function foldRomaji(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/oh(?=[^aeiouy]|$)/g, 'o')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/aa/g, 'a')
    .replace(/ee/g, 'e')
    .replace(/m(?=[bmp])/g, 'n')
    .replace(/n'/g, 'n');
}

/**
 * Hepburn romaji of kana, long vowels folded: 'やまだ たろう' → 'yamada taro', 'サトウ' → 'sato'.
 * Kanji and other characters are passed through unchanged, so callers romanise furigana, not names
 * in kanji. Small っ doubles the next consonant ("hattori"); ー is dropped with the other long marks.
 */
export function romanizeKana(s: string): string {
  const kana = foldKana(s.normalize('NFKC'));
  let out = '';
  let doubleNext = false;
  const chars = [...kana];
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    const pair = ch + (chars[i + 1] ?? '');
    let roman = DIGRAPHS[pair];
    if (roman !== undefined) i += 1;
    else roman = MONOGRAPHS[ch];
    if (ch === 'っ') {
      doubleNext = true;
      continue;
    }
    if (ch === 'ー' || ch === 'ゝ' || ch === 'ゞ') continue;
    if (roman === undefined) {
      out += ch;
      doubleNext = false;
      continue;
    }
    if (doubleNext && /^[bcdfghjkmpqrstvwz]/.test(roman)) out += roman.startsWith('ch') ? 't' : roman[0];
    doubleNext = false;
    out += roman;
  }
  return foldRomaji(out);
}

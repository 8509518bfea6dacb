import { clean } from './text';

/** Heuristics for "is this line a person's name?" in Latin and CJK scripts; no page-specific words. */

const STOP = new Set(
  (
    'about us contact team our the and for with email e-mail mail phone tel fax mobile home page menu login sign ' +
    'inc ltd llc corp co company group office sales support info careers news blog privacy terms policy cookie ' +
    'view profile follow connect message more see all read click here learn welcome services products solutions ' +
    'linkedin twitter github facebook instagram youtube website web site search results people jobs premium ' +
    'copyright reserved rights address street avenue suite floor department manager director engineer'
  ).split(' '),
);
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'del',
  'bin',
  'al',
  'y',
  'ter',
  'dos',
]);
const CJK_NAME =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,5}[ \u3000]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6}$/u;
const CJK_NOT_NAME =
  /株式会社|有限会社|会社|部|課|室|係|長|窓口|担当|営業|事務|センター|問い合わせ|問合せ|について|受付|本社|支店|広報|採用|総務|案内|一覧|情報|紹介|メンバー|チーム|スタッフ|ご|お知らせ|サービス|製品|事業|メール|電話|連絡|住所|氏名|名前|代表|携帯|番号|ファックス/;
const HANGUL_NAME = /^[\p{Script=Hangul}]{2,4}$/u;
const LATIN_WORD = /^(\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;

export function looksLikePersonName(value: string): boolean {
  const v = clean(value, 120).replace(/,?\s+(Jr\.?|Sr\.?|II|III|IV|PhD|Ph\.D\.|MBA|MD|CPA)$/i, '');
  if (v.length < 3 || v.length > 60) return false;
  if (CJK_NAME.test(v)) return !CJK_NOT_NAME.test(v);
  if (HANGUL_NAME.test(v)) return true;
  const words = v.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    if (STOP.has(w.toLowerCase())) return false;
    if (LATIN_WORD.test(w)) capitalised++;
    else if (!PARTICLES.has(w.toLowerCase())) return false;
  }
  return capitalised >= 2;
}

const PAGE_LEVEL = new Set(['BODY', 'HTML', 'MAIN', 'FOOTER', 'HEADER', 'NAV']);

/**
 * The one person's name written near `el` (same card): headings, strong text and short elements,
 * walking up at most maxUp levels, never past the page's main regions, and giving up when a level holds
 * two different names (then the element belongs to a list, not to one person).
 */
export function nearbyName(el: Element, maxUp = 4): { name: string; element: Element } | undefined {
  if (el.closest('footer, nav, header, [role="contentinfo"], [role="navigation"]')) return undefined;
  let container: Element | null = el.parentElement;
  for (let up = 0; container && up < maxUp; up++, container = container.parentElement) {
    if (PAGE_LEVEL.has(container.tagName.toUpperCase())) break;
    const text = container.textContent ?? '';
    if (text.length > 1500) break;
    const heads = container.querySelectorAll(
      'h1, h2, h3, h4, h5, h6, strong, b, [itemprop="name"], dt, th, span, a, p',
    );
    let found: { name: string; element: Element } | undefined;
    for (const h of Array.from(heads).slice(0, 40)) {
      if (h === el || h.contains(el)) continue;
      const t = clean(h.textContent, 120);
      if (!looksLikePersonName(t)) continue;
      if (found && found.name !== t) return undefined;
      found ??= { name: t, element: h };
    }
    if (found) return found;
  }
  return undefined;
}

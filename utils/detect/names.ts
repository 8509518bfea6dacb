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
const HANGUL_NAME = /^[\p{Script=Hangul}]{2,4}$/u;
const LATIN_WORD = /^(\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;

export function looksLikePersonName(value: string): boolean {
  const v = clean(value, 120).replace(/,?\s+(Jr\.?|Sr\.?|II|III|IV|PhD|Ph\.D\.|MBA|MD|CPA)$/i, '');
  if (v.length < 3 || v.length > 60) return false;
  if (CJK_NAME.test(v))
    return (
      !/(株式会社|有限会社|部|課|室|長|会社|事務所|センター|お問い合わせ|について)$/.test(v) &&
      !/^(株式会社|有限会社)/.test(v)
    );
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

/** Headings, strong text and name-ish elements near `el` (same card), nearest first. */
export function nearbyName(el: Element, maxUp = 4): { name: string; element: Element } | undefined {
  let container: Element | null = el.parentElement;
  for (let up = 0; container && up < maxUp; up++, container = container.parentElement) {
    const text = container.textContent ?? '';
    if (text.length > 1500) break;
    const heads = container.querySelectorAll(
      'h1, h2, h3, h4, h5, h6, strong, b, [itemprop="name"], dt, th, span, a, p',
    );
    for (const h of Array.from(heads).slice(0, 40)) {
      if (h === el || h.contains(el)) continue;
      const t = clean(h.textContent, 120);
      if (looksLikePersonName(t)) return { name: t, element: h };
    }
  }
  return undefined;
}

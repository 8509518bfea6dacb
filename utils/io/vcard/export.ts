import type { PersonForExport } from '../shared/exportable';
import { kindOfUrl } from '../shared/links';
import { escapeText, paramValue, structured } from './escape';
import { foldLine } from './fold';

export type VcardVersion = '3.0' | '4.0';

/** Labels vCard has a TYPE word for; any other label goes in Apple's itemN.X-ABLabel. */
const TEL_TYPES: Record<string, string> = {
  work: 'work',
  home: 'home',
  mobile: 'cell',
  fax: 'fax',
  pager: 'pager',
};
const EMAIL_TYPES: Record<string, string> = { work: 'work', home: 'home' };

class CardWriter {
  readonly lines: string[] = [];
  private item = 0;
  constructor(readonly version: VcardVersion) {}

  add(name: string, params: readonly string[], value: string): void {
    this.lines.push(foldLine(`${[name, ...params].join(';')}:${value}`));
  }

  /** A property with a label: a TYPE word when vCard has one, else a group with X-ABLabel. */
  labelled(
    name: string,
    label: string | undefined,
    types: Record<string, string>,
    extra: string[],
    value: string,
  ) {
    const type = label ? types[label] : undefined;
    if (label && !type) {
      this.item += 1;
      const group = `item${this.item}`;
      this.add(`${group}.${name}`, extra, value);
      this.add(`${group}.X-ABLabel`, [], escapeText(label));
      return;
    }
    const typeWords = [
      ...(this.version === '3.0' && name === 'EMAIL' ? ['INTERNET'] : []),
      ...(type ? [type] : []),
    ];
    const typeParam = typeWords.length > 0 ? [`TYPE=${typeWords.join(',')}`] : [];
    this.add(name, [...typeParam, ...extra], value);
  }
}

function card(p: PersonForExport, version: VcardVersion): string[] {
  const w = new CardWriter(version);
  w.lines.push('BEGIN:VCARD', `VERSION:${version}`);
  w.add('FN', [], escapeText(p.displayName));
  const phonetic = [p.familyNamePhonetic ?? '', p.givenNamePhonetic ?? ''];
  const sortAs =
    version === '4.0' && (p.familyNamePhonetic || p.givenNamePhonetic)
      ? [`SORT-AS=${paramValue(phonetic.join(','), version)}`]
      : [];
  if (version === '3.0' || p.familyName || p.givenName) {
    w.add('N', sortAs, structured([p.familyName, p.givenName, '', '', '']));
  }
  if (p.familyNamePhonetic) w.add('X-PHONETIC-LAST-NAME', [], escapeText(p.familyNamePhonetic));
  if (p.givenNamePhonetic) w.add('X-PHONETIC-FIRST-NAME', [], escapeText(p.givenNamePhonetic));
  if (version === '3.0' && (p.familyNamePhonetic || p.givenNamePhonetic)) {
    w.add('SORT-STRING', [], escapeText(phonetic.filter((s) => s !== '').join(' ')));
  }
  if (p.companyName) w.add('ORG', [], structured([p.companyName]));
  if (p.title) w.add('TITLE', [], escapeText(p.title));
  for (const e of p.emails) w.labelled('EMAIL', e.label, EMAIL_TYPES, [], escapeText(e.value));
  for (const t of p.phones) {
    w.labelled('TEL', t.label, TEL_TYPES, version === '4.0' ? ['VALUE=text'] : [], escapeText(t.raw));
  }
  for (const l of p.links) {
    // The kind is written only when the address alone would not say it.
    const type = l.kind === kindOfUrl(l.url) ? [] : [`TYPE=${l.kind}`];
    w.add('URL', type, l.url);
  }
  if (p.location) w.add('ADR', [], structured(['', '', '', p.location, '', '', '']));
  if (p.photoUrl) w.add('PHOTO', version === '3.0' ? ['VALUE=uri'] : [], p.photoUrl);
  if (p.notes) w.add('NOTE', [], escapeText(p.notes));
  if (p.tags.length > 0) w.add('CATEGORIES', [], p.tags.map(escapeText).join(','));
  w.lines.push('END:VCARD');
  return w.lines;
}

/**
 * vCard 4.0 (RFC 6350) or 3.0 (RFC 2426) for a list of people, CRLF line ends, folded at 75
 * octets. Phonetic names go in X-PHONETIC-* (read by Apple, Google and Android) and, in 4.0, in
 * N's SORT-AS; photos only as links, never embedded.
 */
export function exportVcard(people: readonly PersonForExport[], version: VcardVersion = '4.0'): string {
  return people.flatMap((p) => card(p, version)).join('\r\n') + (people.length > 0 ? '\r\n' : '');
}

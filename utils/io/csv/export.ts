import type { PersonForExport } from '../shared/exportable';
import { csvLine } from './quote';
import { joinTags } from './tags';

/**
 * Meishi's own CSV: UTF-8 with a BOM (so Excel opens Japanese correctly), CRLF rows, RFC 4180
 * quoting and a formula guard. One column per email, phone and link up to the most any person has,
 * so nothing is squeezed into one cell; `importCsv` reads it back as format 'meishi'.
 */
export function exportCsv(people: readonly PersonForExport[]): string {
  const emailCount = Math.max(1, ...people.map((p) => p.emails.length));
  const phoneCount = Math.max(1, ...people.map((p) => p.phones.length));
  const linkCount = Math.max(1, ...people.map((p) => p.links.length));
  const numbered = (count: number, make: (n: number) => string[]) =>
    Array.from({ length: count }, (_, i) => make(i + 1)).flat();

  const header = [
    'Display Name',
    'Given Name',
    'Family Name',
    'Given Name (Phonetic)',
    'Family Name (Phonetic)',
    'Name Order',
    'Job Title',
    'Company',
    ...numbered(emailCount, (n) => [`Email ${n}`, `Email ${n} Label`]),
    ...numbered(phoneCount, (n) => [`Phone ${n}`, `Phone ${n} Label`, `Phone ${n} E.164`]),
    ...numbered(linkCount, (n) => [`Link ${n}`, `Link ${n} Kind`]),
    'Location',
    'Photo URL',
    'Notes',
    'Tags',
  ];
  const lines = [csvLine(header)];
  for (const p of people) {
    lines.push(
      csvLine([
        p.displayName,
        p.givenName ?? '',
        p.familyName ?? '',
        p.givenNamePhonetic ?? '',
        p.familyNamePhonetic ?? '',
        p.nameOrder ?? 'western',
        p.title ?? '',
        p.companyName ?? '',
        ...numbered(emailCount, (n) => [p.emails[n - 1]?.value ?? '', p.emails[n - 1]?.label ?? '']),
        ...numbered(phoneCount, (n) => {
          const phone = p.phones[n - 1];
          return [phone?.raw ?? '', phone?.label ?? '', phone?.e164 ?? ''];
        }),
        ...numbered(linkCount, (n) => [p.links[n - 1]?.url ?? '', p.links[n - 1]?.kind ?? '']),
        p.location ?? '',
        p.photoUrl ?? '',
        p.notes ?? '',
        joinTags(p.tags),
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { expect, it } from 'vitest';
import { companyNameKey, companyNameWords } from '@/utils/identity';
import { decodeXml, describeCorpus, readCorpus, report } from './corpora';

/**
 * Legal forms as the issue lists them plus those the SEC list uses, written independently of the
 * product's own list (lower case, dots dropped, other marks as spaces, as the words come out).
 */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'gmbh',
  'ag',
  'sa',
  's a',
  'sas',
  'nv',
  'bv',
  'plc',
  'oy',
  'oyj',
  'ab',
  'kk',
  'spa',
  'asa',
  'as',
  'a s',
  'aps',
  'tbk',
  'ojsc',
  'ltda',
  'sca',
  'aktiengesellschaft',
  'cv',
  'de cv',
  'sa de cv',
  'sro',
  'r o',
  'saic',
  'sacif',
  'publ',
  'se',
  'pte',
  'pty',
  'bhd',
  'sarl',
  'srl',
  'llp',
  'lp',
]);

/** True when the words still end (or, for a few forms written first, start) with a legal form. */
function endsInLegalForm(words: string[]): boolean {
  for (let n = 1; n <= 3 && n <= words.length; n += 1) {
    if (LEGAL_FORMS.has(words.slice(-n).join(' '))) return true;
  }
  return false;
}

describeCorpus('company-cleanco', () => {
  // Floor 95%: a name is passed when its key words no longer end in a legal form and a name is
  // left. The misses are names that are a legal form plus one letter, or whose form stands mid-name
  // ("X AG & Co. KGaA Holding"), where removing more would risk eating the name itself.
  it('removes the legal form from every company name', () => {
    const rows = readCorpus('company-cleanco', 'tests', 'companies.csv')
      .split('\n')
      .map((line) => line.split(';')[0]?.trim() ?? '')
      .filter((name) => name !== '');
    const misses = rows.filter((name) => {
      const words = companyNameWords(name);
      return words.length === 0 || !companyNameKey(name).ok || endsInLegalForm(words);
    });
    const passed = rows.length - misses.length;
    expect(report('company-cleanco', passed, rows.length, 95), misses.slice(0, 40).join('\n')).toBe(true);
  });
});

describeCorpus('names-probablepeople', () => {
  // Floor 95% (96.7% today): the key of a labelled company name must equal the key of the same name
  // without the words labelled CorporationLegalType. The misses are forms in mid-name that are also
  // initials or words ("… & Malhotra P.C. and Subsidiaries", "P.C. Shekar, M.D."), which are only
  // removed at the ends, and labels that sit inside an aside in brackets.
  it('keys each labelled company name as the name without its legal type', () => {
    const xml = readCorpus('names-probablepeople', 'name_data', 'labeled', 'company_labeled.xml');
    const misses: string[] = [];
    let total = 0;
    for (const match of xml.matchAll(/<Name>([\s\S]*?)<\/Name>/g)) {
      const tokens = [...(match[1] ?? '').matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map((t) => ({
        label: t[1] ?? '',
        text: decodeXml(t[2] ?? ''),
      }));
      if (!tokens.some((t) => t.label === 'CorporationLegalType')) continue;
      total += 1;
      const whole = companyNameKey(tokens.map((t) => t.text).join(' '));
      const bare = companyNameKey(
        tokens
          .filter((t) => t.label !== 'CorporationLegalType')
          .map((t) => t.text)
          .join(' '),
      );
      if (!whole.ok || !bare.ok || whole.key !== bare.key) {
        misses.push(
          `${tokens.map((t) => t.text).join(' ')} → ${whole.ok ? whole.key : '-'} ≠ ${bare.ok ? bare.key : '-'}`,
        );
      }
    }
    expect(
      report('names-probablepeople companies', total - misses.length, total, 95),
      misses.join('\n'),
    ).toBe(true);
  });
});

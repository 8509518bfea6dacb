import type { CsvColumnMapping, CsvField } from './fields';
import { EXACT, normalizeHeader } from './header-names';

export { normalizeHeader };

/** Google's numbered columns: "E-mail 2 - Value", "Phone 1 - Label", "Address 1 - City", "Website 3 - Type". */
const NUMBERED = /^(e-mail|phone|website|address|organization) (\d+)-(.+)$/;
const NUMBERED_FIELDS: Record<string, Record<string, CsvField>> = {
  'e-mail': { value: 'email', label: 'emailLabel', type: 'emailLabel' },
  phone: { value: 'phone', label: 'phoneLabel', type: 'phoneLabel' },
  website: { value: 'link' },
  address: {
    formatted: 'street',
    street: 'street',
    city: 'city',
    region: 'region',
    'postal code': 'postalCode',
    country: 'country',
  },
  organization: { name: 'companyName', title: 'title' },
};

/** Meishi's own numbered columns: "Email 2", "Email 2 Label", "Phone 1 E.164", "Link 3 Kind". */
const OWN_NUMBERED = /^(email|phone|link) (\d+)(?: (label|e\.164|kind))?$/;
const OWN_FIELDS: Record<string, Record<string, CsvField>> = {
  email: { '': 'email', label: 'emailLabel' },
  phone: { '': 'phone', label: 'phoneLabel', 'e.164': 'phoneE164' },
  link: { '': 'link', kind: 'linkKind' },
};

/** What a header most likely holds, or null; `weak` marks a guess a stronger column overrides. */
export function mapHeader(header: string): (CsvColumnMapping & { weak?: boolean }) | null {
  const key = normalizeHeader(header);
  if (key === '') return null;
  const exact = EXACT[key];
  if (exact) return { ...exact };
  const numbered = NUMBERED.exec(key);
  if (numbered) {
    const [, kind = '', slot = '1', part = ''] = numbered;
    const field = NUMBERED_FIELDS[kind]?.[part.trim()];
    return field ? { field, slot: Number(slot) } : null;
  }
  const own = OWN_NUMBERED.exec(key);
  if (own) {
    const [, kind = '', slot = '1', part = ''] = own;
    const field = OWN_FIELDS[kind]?.[part];
    return field ? { field, slot: Number(slot) } : null;
  }
  if (key === 'title' || key === 'タイトル') return { field: 'title', weak: true };
  return fuzzy(key);
}

/** Loose matches for hand-made sheets: "Work email", "携帯電話番号", "e-mail (会社)". */
function fuzzy(key: string): CsvColumnMapping | null {
  if (/(company|会社|社名).*(yomi|phonetic|カナ|かな|フリガナ)/.test(key)) return null;
  if (/(yomi|phonetic|フリガナ|ふりがな|カナ|よみ)/.test(key)) {
    if (/(姓|last|family|surname)/.test(key)) return { field: 'familyNamePhonetic' };
    if (/(名|first|given)/.test(key)) return { field: 'givenNamePhonetic' };
    return null;
  }
  if (/(e-?mail|メール)/.test(key) && !/(type|種類|表示名|display)/.test(key)) return { field: 'email' };
  if (/(携帯|mobile|cell)/.test(key)) return { field: 'phone', label: 'mobile' };
  if (/(fax)/.test(key)) return { field: 'phone', label: 'fax' };
  if (/(phone|電話|^tel)/.test(key)) return { field: 'phone' };
  if (/linkedin/.test(key)) return { field: 'link' };
  return null;
}

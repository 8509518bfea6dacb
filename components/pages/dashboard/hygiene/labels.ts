import { t, type MessageKey } from '@/utils/i18n';
import type { CsvField, ImportFormat } from '@/utils/io';

const FORMAT: Record<ImportFormat, MessageKey> = {
  linkedin: 'hyg_format_linkedin',
  google: 'hyg_format_google',
  outlook: 'hyg_format_outlook',
  meishi: 'hyg_format_meishi',
  csv: 'hyg_format_csv',
  vcard: 'hyg_format_vcard',
  jcard: 'hyg_format_jcard',
};
export const formatLabel = (f: string): string => (f in FORMAT ? t(FORMAT[f as ImportFormat]) : f);

const HOW: Record<ImportFormat, MessageKey> = {
  linkedin: 'hyg_how_linkedin',
  google: 'hyg_how_google',
  outlook: 'hyg_how_outlook',
  meishi: 'hyg_how_csv',
  csv: 'hyg_how_csv',
  vcard: 'hyg_how_vcard',
  jcard: 'hyg_how_vcard',
};
/** "How we met" for imported people whose file does not say. */
export const howLabel = (f: ImportFormat): string => t(HOW[f]);

const FIELD: Record<CsvField, MessageKey> = {
  fullName: 'hyg_field_fullName',
  givenName: 'hyg_field_givenName',
  middleName: 'hyg_field_middleName',
  familyName: 'hyg_field_familyName',
  givenNamePhonetic: 'hyg_field_givenNamePhonetic',
  familyNamePhonetic: 'hyg_field_familyNamePhonetic',
  fullNamePhonetic: 'hyg_field_fullNamePhonetic',
  nickname: 'hyg_field_nickname',
  nameOrder: 'hyg_field_nameOrder',
  title: 'hyg_field_title',
  companyName: 'hyg_field_companyName',
  email: 'hyg_field_email',
  emailLabel: 'hyg_field_emailLabel',
  phone: 'hyg_field_phone',
  phoneLabel: 'hyg_field_phoneLabel',
  phoneE164: 'hyg_field_phoneE164',
  link: 'hyg_field_link',
  linkKind: 'hyg_field_linkKind',
  photoUrl: 'hyg_field_photoUrl',
  location: 'hyg_field_location',
  street: 'hyg_field_street',
  city: 'hyg_field_city',
  region: 'hyg_field_region',
  postalCode: 'hyg_field_postalCode',
  country: 'hyg_field_country',
  notes: 'hyg_field_notes',
  tags: 'hyg_field_tags',
  metAt: 'hyg_field_metAt',
  how: 'hyg_field_how',
};
export const fieldLabel = (f: CsvField): string => t(FIELD[f]);

/**
 * What a row or card says about a person before cleaning and validation: every importer fills one
 * of these and `buildPerson` turns it into a validated record or a reason it cannot be one.
 */
export interface PersonDraft {
  line: number;
  fullName?: string;
  givenName?: string;
  middleName?: string;
  familyName?: string;
  givenNamePhonetic?: string;
  familyNamePhonetic?: string;
  /** A reading of the whole name (SORT-STRING, "Yomi Name"), split when the parts are missing. */
  fullNamePhonetic?: string;
  nickname?: string;
  /** When the file says so (Meishi's own CSV); otherwise it follows the script of the name. */
  nameOrder?: 'western' | 'family-first';
  title?: string;
  companyName?: string;
  emails: { value: string; label?: string }[];
  phones: { raw: string; label?: string; e164?: string }[];
  links: { url: string; kind?: string }[];
  photoUrl?: string;
  location?: string;
  address?: { street?: string; city?: string; region?: string; postalCode?: string; country?: string };
  notes: string[];
  tags: string[];
  metAt?: number;
  how?: string;
}

export function emptyDraft(line: number): PersonDraft {
  return { line, emails: [], phones: [], links: [], notes: [], tags: [] };
}

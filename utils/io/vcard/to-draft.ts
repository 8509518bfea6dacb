import { emptyDraft, type PersonDraft } from '../shared/draft';
import { labelFromTypes } from '../shared/labels';
import type { VProperty } from './values';

/** Instant-messaging properties of Apple, Google, Android and Evolution exports, kept as note lines. */
const IM: Record<string, string> = {
  'X-AIM': 'AIM',
  'X-ICQ': 'ICQ',
  'X-JABBER': 'Jabber',
  'X-MSN': 'MSN',
  'X-YAHOO': 'Yahoo',
  'X-SKYPE': 'Skype',
  'X-SKYPE-USERNAME': 'Skype',
  'X-GTALK': 'Google Talk',
  'X-GOOGLE-TALK': 'Google Talk',
  'X-QQ': 'QQ',
  'X-SIP': 'SIP',
  'X-MS-IMADDRESS': 'IM',
  IMPP: 'IM',
};

type ByName = Map<string, VProperty[]>;

/** Properties by name, dropped (binary) values left out: one pass instead of a scan per name. */
function index(props: readonly VProperty[]): ByName {
  const out: ByName = new Map();
  for (const p of props) {
    if (p.dropped) continue;
    const list = out.get(p.name);
    if (list) list.push(p);
    else out.set(p.name, [p]);
  }
  return out;
}

const NONE: VProperty[] = [];
const all = (props: ByName, name: string) => props.get(name) ?? NONE;
const first = (props: ByName, name: string) => props.get(name)?.[0];
const nonEmpty = (s: string | undefined) => (s !== undefined && s.trim() !== '' ? s.trim() : undefined);

/** The label of a property: Apple's itemN.X-ABLabel for its group, else its TYPE words. */
function labelOf(p: VProperty, groupLabels: Map<string, string>): string | undefined {
  const grouped = p.group ? groupLabels.get(p.group) : undefined;
  return grouped ?? labelFromTypes(p.params.TYPE ?? []);
}

function phoneticFromSortAs(n: VProperty | undefined): { family?: string; given?: string } {
  const sortAs = n?.params['SORT-AS']?.[0];
  if (!sortAs) return {};
  // RFC 6350 separates the parts with commas; Android writes semicolons.
  const [family, given] = sortAs.split(/[,;]/);
  return { family: nonEmpty(family), given: nonEmpty(given) };
}

/** One card's properties as what it says about a person. */
export function cardToDraft(list: readonly VProperty[], line: number): PersonDraft {
  const d = emptyDraft(line);
  const props = index(list);
  const groupLabels = new Map<string, string>();
  for (const p of all(props, 'X-ABLABEL')) if (p.group) groupLabels.set(p.group, p.value);

  d.fullName = nonEmpty(first(props, 'FN')?.value);
  const n = first(props, 'N');
  if (n) {
    d.familyName = nonEmpty(n.parts[0]);
    d.givenName = nonEmpty(n.parts[1]);
    d.middleName = nonEmpty(n.parts[2]);
  }
  const sortAs = phoneticFromSortAs(n);
  const sound = all(props, 'SOUND').find((p) => (p.params.TYPE ?? []).includes('X-IRMC-N'));
  d.familyNamePhonetic =
    nonEmpty(first(props, 'X-PHONETIC-LAST-NAME')?.value) ?? sortAs.family ?? nonEmpty(sound?.parts[0]);
  d.givenNamePhonetic =
    nonEmpty(first(props, 'X-PHONETIC-FIRST-NAME')?.value) ?? sortAs.given ?? nonEmpty(sound?.parts[1]);
  d.fullNamePhonetic = nonEmpty(first(props, 'SORT-STRING')?.value);

  d.nickname = nonEmpty(first(props, 'NICKNAME')?.parts[0]);
  for (const custom of all(props, 'X-ANDROID-CUSTOM')) {
    if (custom.parts[0] === 'vnd.android.cursor.item/nickname') d.nickname ??= nonEmpty(custom.parts[1]);
  }

  const org = first(props, 'ORG');
  d.companyName = nonEmpty(org?.parts[0]) ?? nonEmpty(org?.parts.find((c) => c.trim() !== ''));
  d.title = nonEmpty(first(props, 'TITLE')?.value) ?? nonEmpty(first(props, 'ROLE')?.value);

  for (const p of all(props, 'EMAIL')) d.emails.push({ value: p.value, label: labelOf(p, groupLabels) });
  for (const p of all(props, 'TEL')) {
    const value = p.value.trim();
    if (/^sip:/i.test(value)) d.notes.push(`SIP: ${value.slice(4)}`);
    else d.phones.push({ raw: value, label: labelOf(p, groupLabels) });
  }
  for (const p of [...all(props, 'URL'), ...all(props, 'X-SOCIALPROFILE')]) {
    const kind = (p.params.TYPE ?? [])
      .map((t) => t.toLowerCase())
      .find((t) => ['linkedin', 'x', 'github', 'other', 'website'].includes(t));
    d.links.push({ url: p.value, kind });
  }
  const photo = all(props, 'PHOTO').find((p) => /^https?:\/\//i.test(p.value.trim()));
  if (photo) d.photoUrl = photo.value.trim();

  const adr = all(props, 'ADR').find((p) => p.parts.some((c) => c.trim() !== ''));
  if (adr) {
    const [, extended, street, city, region, postalCode, country] = adr.parts;
    d.address = { street: nonEmpty(street) ?? nonEmpty(extended), city, region, postalCode, country };
  }

  for (const p of all(props, 'NOTE')) d.notes.push(p.value);
  for (const p of list) {
    const im = IM[p.name];
    if (im && !p.dropped && p.value.trim() !== '')
      d.notes.push(`${im}: ${p.value.trim().replace(/^sip:/i, '')}`);
  }
  for (const p of all(props, 'CATEGORIES')) for (const tag of p.parts) d.tags.push(tag);
  return d;
}

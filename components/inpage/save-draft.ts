import type { Candidate, Status, Visibility } from '@/utils/model';
import type { PersonCardView } from '@/utils/inpage/views';
import { fromDateInput, siteOf, toDateInput } from '@/utils/inpage/format';
import { t } from '@/utils/i18n';
import { isoDay } from '@/utils/relationship/dates';

/** Everything the save preview lets the user edit, pre-filled from the page and the options. */
export interface SaveDraft {
  name: string;
  title: string;
  company: string;
  emails: string[];
  phones: string[];
  links: string[];
  location: string;
  tags: string[];
  how: string;
  metOn: string;
  where: string;
  status: Status;
  visibility: Visibility;
  /** Add to the matching saved card (when there is one) or save a new one. */
  merge: boolean;
}

export function initialDraft(c: Candidate, card: PersonCardView, now: number): SaveDraft {
  const site = siteOf(c.url);
  return {
    name: c.name,
    title: c.title ?? '',
    company: c.company ?? '',
    emails: [...c.emails],
    phones: [...c.phones],
    links: c.links.map((l) => l.url),
    location: c.location ?? '',
    tags: [],
    how: site ? t('inpage_found_on', site, isoDay(now)) : '',
    metOn: toDateInput(now),
    where: '',
    status: card.defaults.status,
    visibility: card.defaults.visibility,
    merge: !!card.person && card.person.access === 'full',
  };
}

const linkKind = (url: string): Candidate['links'][number]['kind'] =>
  /linkedin\.com\//i.test(url)
    ? 'linkedin'
    : /(^|\.)(x|twitter)\.com\//i.test(url)
      ? 'x'
      : /github\.com\//i.test(url)
        ? 'github'
        : 'website';

/**
 * The candidate as the user left it. A field the user changed is marked as typed by hand
 * ('manual'), so the card's provenance says which values the page gave and which the user did.
 */
export function draftToCandidate(c: Candidate, d: SaveDraft): Candidate {
  const clean = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
  const emails = clean(d.emails);
  const phones = clean(d.phones);
  const links = clean(d.links).map(
    (url) => c.links.find((l) => l.url === url) ?? { kind: linkKind(url), url },
  );
  const changed = new Set<string>();
  if (d.name.trim() !== c.name) changed.add('name');
  if (d.title.trim() !== (c.title ?? '')) changed.add('title');
  if (d.company.trim() !== (c.company ?? '')) changed.add('company');
  if (d.location.trim() !== (c.location ?? '')) changed.add('location');
  if (emails.join() !== c.emails.join()) changed.add('emails');
  if (phones.join() !== c.phones.join()) changed.add('phones');
  if (links.map((l) => l.url).join() !== c.links.map((l) => l.url).join()) changed.add('links');
  const sources = [
    ...c.sources.filter((s) => !changed.has(s.field)),
    ...[...changed].map((field) => ({ field, source: 'manual' as const })),
  ];
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  const { title: _t, company: _c, location: _l, ...rest } = c;
  return {
    ...rest,
    name: d.name.trim() || c.name,
    ...(opt(d.title) ? { title: opt(d.title) } : {}),
    ...(opt(d.company) ? { company: opt(d.company) } : {}),
    ...(opt(d.location) ? { location: opt(d.location) } : {}),
    emails,
    phones,
    links,
    sources,
  };
}

/** When we met, from the date field (today when it is left empty or invalid). */
export function metAtOf(d: SaveDraft, now: number): number {
  return fromDateInput(d.metOn) ?? now;
}

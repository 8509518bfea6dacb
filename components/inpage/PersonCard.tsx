import type { ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';
import { safeHref } from '@/utils/inpage/format';
import type { SourceView } from '@/utils/inpage/views';
import type { LinkEntry } from '@/utils/model';
import { sourceText } from './sources';

export interface CardFields {
  title?: string;
  companyName?: string;
  emails: string[];
  phones: string[];
  links: LinkEntry[];
  location?: string;
  tags?: string[];
}

function Value(props: { text: string; href?: string; source?: string }) {
  const href = props.href ? safeHref(props.href) : undefined;
  return href ? (
    <a href={href} title={props.source} target="_blank" rel="noopener noreferrer">
      {props.text}
    </a>
  ) : (
    <span title={props.source}>{props.text}</span>
  );
}

/** The card's facts, each with its sources on hover; links only when their scheme is safe. */
export function PersonCard(props: { fields: CardFields; sources: Record<string, SourceView[]> }) {
  const { fields, sources } = props;
  const src = (field: string) => sourceText(sources[field]);
  const rows: [string, ComponentChildren][] = [];
  if (fields.title) rows.push([t('inpage_field_title'), <Value text={fields.title} source={src('title')} />]);
  if (fields.companyName)
    rows.push([t('inpage_field_company'), <Value text={fields.companyName} source={src('companyName')} />]);
  if (fields.emails.length)
    rows.push([
      t('inpage_field_emails'),
      fields.emails.map((e) => (
        <div key={e}>
          <Value text={e} href={`mailto:${e}`} source={src('emails')} />
        </div>
      )),
    ]);
  if (fields.phones.length)
    rows.push([
      t('inpage_field_phones'),
      fields.phones.map((p) => (
        <div key={p}>
          <Value text={p} href={`tel:${p.replace(/[^\d+]/g, '')}`} source={src('phones')} />
        </div>
      )),
    ]);
  if (fields.links.length)
    rows.push([
      t('inpage_field_links'),
      fields.links.map((l) => (
        <div key={l.url}>
          <Value text={linkText(l.url)} href={l.url} source={src('links')} />
        </div>
      )),
    ]);
  if (fields.location)
    rows.push([t('inpage_field_location'), <Value text={fields.location} source={src('location')} />]);
  if (fields.tags?.length) rows.push([t('inpage_field_tags'), fields.tags.join(', ')]);
  if (rows.length === 0) return null;
  return (
    <dl>
      {rows.map(([label, value]) => [
        <dt key={`${label}-t`}>{label}</dt>,
        <dd key={`${label}-d`}>{value}</dd>,
      ])}
    </dl>
  );
}

function linkText(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '')}`;
  } catch {
    return url;
  }
}

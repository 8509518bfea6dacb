import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';
import type { Person } from '@/utils/model';
import { TagChip } from '@/components/ui/tag-chip';
import { statusLabel, visibilityLabel } from '../../shared/labels';
import type { Members } from '../../shared/members';
import { hrefTo } from '../router';
import { ProvenanceList, SafeLink } from './provenance';

type Row = { field: string; label: MessageKey; value: ComponentChildren };

function rowsOf(p: Person, tagColors: Readonly<Record<string, string>>): Row[] {
  const rows: Row[] = [];
  const add = (field: string, label: MessageKey, value: ComponentChildren | undefined | false) => {
    if (value !== undefined && value !== false && value !== '') rows.push({ field, label, value });
  };
  add('displayName', 'dash_field_name', p.displayName);
  add('familyName', 'dash_field_family', p.familyName);
  add('givenName', 'dash_field_given', p.givenName);
  add('familyNamePhonetic', 'dash_field_family_phonetic', p.familyNamePhonetic);
  add('givenNamePhonetic', 'dash_field_given_phonetic', p.givenNamePhonetic);
  add('title', 'dash_field_title', p.title);
  add(
    'companyName',
    'dash_field_company',
    p.companyName &&
      (p.companyId ? <a href={hrefTo('company', p.companyId)}>{p.companyName}</a> : p.companyName),
  );
  add(
    'emails',
    'dash_field_emails',
    p.emails.length > 0 && (
      <ul class="plain">
        {p.emails.map((e) => (
          <li key={e.value}>
            <SafeLink url={`mailto:${e.value}`} label={e.value} />
            {e.label && <span class="muted"> ({e.label})</span>}
          </li>
        ))}
      </ul>
    ),
  );
  add(
    'phones',
    'dash_field_phones',
    p.phones.length > 0 && (
      <ul class="plain">
        {p.phones.map((ph) => (
          <li key={ph.raw}>
            <SafeLink url={`tel:${ph.e164 ?? ph.raw.replace(/[^\d+]/g, '')}`} label={ph.raw} />
            {ph.e164 && ph.e164 !== ph.raw && <span class="muted"> {ph.e164}</span>}
          </li>
        ))}
      </ul>
    ),
  );
  add(
    'links',
    'dash_field_links',
    p.links.length > 0 && (
      <ul class="plain">
        {p.links.map((l) => (
          <li key={l.url}>
            <SafeLink url={l.url} />
          </li>
        ))}
      </ul>
    ),
  );
  add('location', 'dash_field_location', p.location);
  add(
    'tags',
    'dash_field_tags',
    p.tags.length > 0 && p.tags.map((tag) => <TagChip key={tag} tag={tag} color={tagColors[tag]} />),
  );
  add('status', 'dash_field_status', statusLabel(p.status));
  add('visibility', 'dash_field_visibility', visibilityLabel(p.visibility));
  add('notes', 'dash_field_notes', p.notes && <p class="notes">{p.notes}</p>);
  return rows;
}

/** Every field with where its value came from: source, page, when, by whom. */
export function PersonFields(props: {
  person: Person;
  members: Members;
  tagColors: Readonly<Record<string, string>>;
}) {
  const { person, members } = props;
  return (
    <dl class="fields">
      {rowsOf(person, props.tagColors).map((row) => (
        <div class="field-row" key={row.field} data-field={row.field}>
          <dt>{t(row.label)}</dt>
          <dd>
            <div class="field-value">{row.value}</div>
            <ProvenanceList entries={person.provenance[row.field]} members={members} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

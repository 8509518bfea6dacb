import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { NameOrder, Status, Visibility } from '@/utils/model';
import { SelectField, TextArea, TextField } from '@/components/ui/field';
import { ErrorNote } from '@/components/ui/notice';
import { STATUSES, statusLabel, VISIBILITIES, visibilityLabel } from '../../shared/labels';
import type { PersonDraft } from '../actions/person-draft';

/** The person form used to add someone by hand and to edit them. */
export function PersonForm(props: {
  initial: PersonDraft;
  title: string;
  submitLabel: string;
  onSubmit: (draft: PersonDraft) => Promise<string[] | void>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof PersonDraft>(key: K) =>
    (value: PersonDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      setProblems((await props.onSubmit(draft)) ?? []);
    } catch (e) {
      setProblems([e instanceof Error ? e.message : String(e)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel person-form" aria-labelledby="person-form-title" onSubmit={(e) => void submit(e)}>
      <h2 id="person-form-title">{props.title}</h2>
      <TextField
        label={t('dash_field_name')}
        name="displayName"
        required
        value={draft.displayName}
        onValue={set('displayName')}
      />
      <div class="form-grid">
        <TextField
          label={t('dash_field_family')}
          name="familyName"
          value={draft.familyName}
          onValue={set('familyName')}
        />
        <TextField
          label={t('dash_field_given')}
          name="givenName"
          value={draft.givenName}
          onValue={set('givenName')}
        />
        <TextField
          label={t('dash_field_family_phonetic')}
          name="familyNamePhonetic"
          value={draft.familyNamePhonetic}
          onValue={set('familyNamePhonetic')}
        />
        <TextField
          label={t('dash_field_given_phonetic')}
          name="givenNamePhonetic"
          value={draft.givenNamePhonetic}
          onValue={set('givenNamePhonetic')}
        />
        <SelectField<NameOrder>
          label={t('dash_field_name_order')}
          name="nameOrder"
          value={draft.nameOrder}
          onValue={set('nameOrder')}
          choices={[
            { value: 'western', label: t('dash_name_order_western') },
            { value: 'family-first', label: t('dash_name_order_family_first') },
          ]}
        />
        <TextField label={t('dash_field_title')} name="title" value={draft.title} onValue={set('title')} />
        <TextField
          label={t('dash_field_company')}
          name="companyName"
          value={draft.companyName}
          onValue={set('companyName')}
        />
        <TextField
          label={t('dash_field_location')}
          name="location"
          value={draft.location}
          onValue={set('location')}
        />
      </div>
      <div class="form-grid">
        <TextArea
          label={t('dash_field_emails')}
          hint={t('dash_hint_one_per_line')}
          name="emails"
          value={draft.emails}
          onValue={set('emails')}
        />
        <TextArea
          label={t('dash_field_phones')}
          hint={t('dash_hint_one_per_line')}
          name="phones"
          value={draft.phones}
          onValue={set('phones')}
        />
        <TextArea
          label={t('dash_field_links')}
          hint={t('dash_hint_one_per_line')}
          name="links"
          value={draft.links}
          onValue={set('links')}
        />
      </div>
      <TextField
        label={t('dash_field_tags')}
        hint={t('dash_hint_tags')}
        name="tags"
        value={draft.tags}
        onValue={set('tags')}
      />
      <div class="form-grid">
        <SelectField<Status>
          label={t('dash_field_status')}
          name="status"
          value={draft.status}
          onValue={set('status')}
          choices={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        />
        <SelectField<Visibility>
          label={t('dash_field_visibility')}
          name="visibility"
          value={draft.visibility}
          onValue={set('visibility')}
          choices={VISIBILITIES.map((v) => ({ value: v, label: visibilityLabel(v) }))}
        />
      </div>
      <TextArea
        label={t('dash_field_notes')}
        name="notes"
        rows={4}
        value={draft.notes}
        onValue={set('notes')}
      />
      {problems.map((p) => (
        <ErrorNote key={p} error={p} />
      ))}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';
import type { PersonCardView } from '@/utils/inpage/views';
import { fullName } from '@/utils/inpage/names';
import type { Candidate, Status, Visibility } from '@/utils/model';
import type { Ask } from './ask';
import { ListField } from './ListField';
import { draftToCandidate, initialDraft, metAtOf, type SaveDraft } from './save-draft';
import { TagInput } from './TagInput';

export const STATUSES: Status[] = ['lead', 'contact', 'customer', 'partner', 'candidate', 'other'];
export const VISIBILITIES: Visibility[] = ['team', 'signal', 'private'];

export interface SavePreviewProps {
  candidate: Candidate;
  card: PersonCardView;
  ask: Ask;
  now: number;
  onSaved(personId: string, created: boolean): void;
  onError(message: string): void;
  /** Back to the card (when there is one). */
  onCancel?: () => void;
}

/**
 * The save form: every detected field editable, tags with suggestions, how/when/where we met
 * pre-filled, status and visibility from the options. Save (always in view) or Enter in any field
 * saves it as it stands, so one click saves with the defaults.
 */
export function SavePreview(props: SavePreviewProps) {
  const { candidate, card } = props;
  const [d, setD] = useState<SaveDraft>(() => initialDraft(candidate, card, props.now));
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SaveDraft>(key: K, value: SaveDraft[K]) =>
    setD((x) => ({ ...x, [key]: value }));
  const existing = card.person;
  const canMerge = !!existing && existing.access === 'full';

  const submit = async (e?: Event) => {
    e?.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const reply = await props.ask('savePerson', {
        candidate: draftToCandidate(candidate, d),
        tags: d.tags,
        status: d.status,
        visibility: d.visibility,
        ...(d.how.trim() ? { how: d.how.trim() } : {}),
        ...(d.where.trim() ? { where: d.where.trim() } : {}),
        metAt: metAtOf(d, props.now),
        ...(d.merge && canMerge && existing ? { mergeInto: existing.id } : {}),
      });
      props.onSaved(reply.personId, reply.created);
    } catch (error) {
      props.onError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form id="meishi-save" onSubmit={(e) => void submit(e)} aria-label={t('inpage_save_heading')}>
      {existing ? (
        <div class={`note${canMerge ? '' : ' warn'}`} role="status">
          {card.matchedBy === 'hard'
            ? t('inpage_save_existing_hard', fullName(existing))
            : t('inpage_save_existing_soft', fullName(existing), existing.companyName ?? '—')}
          {canMerge ? (
            <div>
              <label class="radio">
                <input type="radio" name="merge" checked={d.merge} onChange={() => set('merge', true)} />
                {t('inpage_save_merge')}
              </label>
              {card.matchedBy === 'soft' ? (
                <label class="radio">
                  <input type="radio" name="merge" checked={!d.merge} onChange={() => set('merge', false)} />
                  {t('inpage_save_new')}
                </label>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <label for="meishi-name">{t('inpage_field_name')}</label>
      <input id="meishi-name" value={d.name} required onInput={(e) => set('name', e.currentTarget.value)} />
      <div class="row">
        <div>
          <label for="meishi-title-f">{t('inpage_field_title')}</label>
          <input id="meishi-title-f" value={d.title} onInput={(e) => set('title', e.currentTarget.value)} />
        </div>
        <div>
          <label for="meishi-company">{t('inpage_field_company')}</label>
          <input
            id="meishi-company"
            value={d.company}
            onInput={(e) => set('company', e.currentTarget.value)}
          />
        </div>
      </div>
      <ListField
        id="meishi-emails"
        label={t('inpage_field_emails')}
        type="email"
        values={d.emails}
        onChange={(v) => set('emails', v)}
      />
      <ListField
        id="meishi-phones"
        label={t('inpage_field_phones')}
        type="tel"
        values={d.phones}
        onChange={(v) => set('phones', v)}
      />
      <ListField
        id="meishi-links"
        label={t('inpage_field_links')}
        type="url"
        values={d.links}
        onChange={(v) => set('links', v)}
      />
      <label for="meishi-location">{t('inpage_field_location')}</label>
      <input
        id="meishi-location"
        value={d.location}
        onInput={(e) => set('location', e.currentTarget.value)}
      />
      <label for="meishi-tags">{t('inpage_field_tags')}</label>
      <TagInput id="meishi-tags" tags={d.tags} onChange={(v) => set('tags', v)} ask={props.ask} />
      <label for="meishi-how">{t('inpage_field_how')}</label>
      <input id="meishi-how" value={d.how} onInput={(e) => set('how', e.currentTarget.value)} />
      <div class="row">
        <div>
          <label for="meishi-when">{t('inpage_field_when')}</label>
          <input
            id="meishi-when"
            type="date"
            value={d.metOn}
            onInput={(e) => set('metOn', e.currentTarget.value)}
          />
        </div>
        <div>
          <label for="meishi-where">{t('inpage_field_where')}</label>
          <input id="meishi-where" value={d.where} onInput={(e) => set('where', e.currentTarget.value)} />
        </div>
      </div>
      <div class="row">
        <div>
          <label for="meishi-status">{t('inpage_field_status')}</label>
          <select
            id="meishi-status"
            value={d.status}
            onChange={(e) => set('status', e.currentTarget.value as Status)}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`inpage_status_${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="meishi-visibility">{t('inpage_field_visibility')}</label>
          <select
            id="meishi-visibility"
            value={d.visibility}
            onChange={(e) => set('visibility', e.currentTarget.value as Visibility)}
          >
            {VISIBILITIES.map((v) => (
              <option key={v} value={v}>
                {t(`inpage_visibility_${v}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="ft sticky">
        <button type="submit" class="btn pri" data-action="save" disabled={busy}>
          {d.merge && canMerge ? t('inpage_save_merge') : t('common_save')}
        </button>
        {props.onCancel ? (
          <button type="button" class="btn" onClick={props.onCancel}>
            {t('common_cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

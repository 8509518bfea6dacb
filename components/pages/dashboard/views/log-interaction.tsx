import { useState } from 'preact/hooks';
import { createRecord } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { InteractionKind } from '@/utils/model';
import { fromDateInput, toDateInput } from '@/components/ui/format';
import { ErrorNote } from '@/components/ui/notice';
import { KINDS, kindLabel } from '../../shared/labels';
import { useSettings } from '../../shared/settings';
import { withActor } from '../actions/actor';

/** Log a meeting, call or note with this person: it feeds the timeline and the strength score. */
export function LogInteraction({ personId, onDone }: { personId: string; onDone: () => void }) {
  const settings = useSettings();
  const [kind, setKind] = useState<InteractionKind>('meeting');
  const [day, setDay] = useState(toDateInput(Date.now()));
  const [where, setWhere] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();

  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    const at = fromDateInput(day);
    if (at === undefined) {
      setError(t('dash_error_date'));
      return;
    }
    // Noon of the chosen day, so the day is the same in every nearby time zone.
    const when = at + 12 * 3_600_000;
    try {
      await withActor((db, actor) =>
        createRecord(
          db,
          'interaction',
          {
            memberId: actor.memberId,
            personIds: [personId],
            kind,
            at: when,
            ...(where.trim() ? { where: where.trim() } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
            visibility: settings?.defaultVisibility ?? 'team',
          },
          actor,
        ),
      );
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <form class="panel log-form" aria-labelledby="log-title" onSubmit={(e) => void submit(e)}>
      <h2 id="log-title">{t('dash_log_title')}</h2>
      <div class="form-grid">
        <div class="field">
          <label for="log-kind">{t('dash_log_kind')}</label>
          <select
            id="log-kind"
            value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as InteractionKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="log-day">{t('dash_log_day')}</label>
          <input
            id="log-day"
            type="date"
            value={day}
            onInput={(e) => setDay((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="log-where">{t('dash_log_where')}</label>
          <input
            id="log-where"
            value={where}
            onInput={(e) => setWhere((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
      </div>
      <div class="field">
        <label for="log-note">{t('dash_log_note')}</label>
        <textarea
          id="log-note"
          rows={3}
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <ErrorNote error={error} />
      <div class="actions">
        <button type="submit" class="primary">
          {t('dash_log_save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { updateSettings } from '@/utils/settings/settings';

/**
 * The switch for logging emails automatically (off by default): while on, each email with a saved
 * person in an open Gmail or Outlook thread is logged once, dated from the message.
 */
export function AutoLogSetting({ on, onError }: { on: boolean; onError(message: string): void }) {
  const [busy, setBusy] = useState(false);
  return (
    <div class="field">
      <label class="check">
        <input
          type="checkbox"
          id="auto-log-emails"
          checked={on}
          disabled={busy}
          aria-describedby="auto-log-emails-hint"
          onChange={(e) => {
            setBusy(true);
            updateSettings({ autoLogEmails: (e.currentTarget as HTMLInputElement).checked })
              .catch((err: unknown) => onError(err instanceof Error ? err.message : String(err)))
              .finally(() => setBusy(false));
          }}
        />{' '}
        {t('email_log_auto_label')}
      </label>
      <p id="auto-log-emails-hint" class="muted">
        {t('email_log_auto_hint')}
      </p>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { formatNumber, formatRelative } from '@/components/ui/format';
import { syncNow, useSyncView, type SyncView } from './sync-client';

/** One short phrase for the sync state: local only, problem, changes waiting, or synced when. */
export function syncSummary(view: SyncView | undefined): {
  text: string;
  tone: 'muted' | 'ok' | 'warn' | 'error';
} {
  if (!view) return { text: t('dash_sync_unknown'), tone: 'muted' };
  if (!view.joined) return { text: t('dash_sync_local_only'), tone: 'muted' };
  if (view.lastError) return { text: t('dash_sync_problem'), tone: 'error' };
  if (view.syncing) return { text: t('dash_sync_syncing'), tone: 'ok' };
  if (view.pending > 0) return { text: t('dash_sync_pending', formatNumber(view.pending)), tone: 'warn' };
  if (view.lastSuccessAt)
    return { text: t('dash_sync_synced_ago', formatRelative(view.lastSuccessAt)), tone: 'ok' };
  return { text: t('dash_sync_never'), tone: 'muted' };
}

/** The dashboard header's sync state, linking to the options page where the team is managed. */
export function SyncChip() {
  const view = useSyncView();
  const s = syncSummary(view);
  return (
    <a
      class={`sync-chip tone-${s.tone}`}
      href={browser.runtime.getURL('/options.html')}
      target="_blank"
      rel="noreferrer"
    >
      {s.text}
    </a>
  );
}

/** Pending changes, last sync, last error and a "sync now" button: for the popup and options. */
export function SyncPanel({ compact = false }: { compact?: boolean }) {
  const view = useSyncView();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const s = syncSummary(view);
  return (
    <section class={`sync-panel ${compact ? 'compact' : ''}`} aria-labelledby="sync-title">
      <h2 id="sync-title">{t('dash_sync_title')}</h2>
      <p class={`tone-${s.tone}`} role="status">
        {s.text}
      </p>
      {view?.joined && (
        <dl class="sync-facts">
          <div>
            <dt>{t('dash_sync_team')}</dt>
            <dd>{view.teamName ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('dash_sync_pending_label')}</dt>
            <dd>{formatNumber(view.pending)}</dd>
          </div>
          <div>
            <dt>{t('dash_sync_last_label')}</dt>
            <dd>{view.lastSuccessAt ? formatRelative(view.lastSuccessAt) : t('dash_sync_never')}</dd>
          </div>
          {view.lastError && (
            <div>
              <dt>{t('dash_sync_error_label')}</dt>
              <dd class="error">
                {view.lastError.message} ({formatRelative(view.lastError.at)})
              </dd>
            </div>
          )}
        </dl>
      )}
      {view?.joined && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(undefined);
            syncNow()
              .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
              .finally(() => setBusy(false));
          }}
        >
          {busy ? t('dash_sync_syncing') : t('dash_sync_now')}
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { TextField } from '@/components/ui/field';
import { ErrorNote, StatusNote } from '@/components/ui/notice';
import { ask } from '@/utils/messaging/client';
import { askServerPermission } from '@/utils/sync/permission';
import { joinTeam, leaveTeam, useSyncView } from '../shared/sync-client';
import { SyncPanel } from '../shared/sync-status';

/** Join a team with the server URL and invite code an admin gave you, or leave it. */
export function TeamSection() {
  const view = useSyncView();
  const [serverUrl, setServerUrl] = useState('');
  const [invite, setInvite] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [error, setError] = useState<string>();
  const [note, setNote] = useState<string>();
  const [leavePreview, setLeavePreview] = useState<string>();

  async function run(fn: () => Promise<string>) {
    setBusy(true);
    setError(undefined);
    setNote(undefined);
    try {
      setNote(await fn());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="team-title">
      <h2 id="team-title">{t('options_team_title')}</h2>
      {view?.joined ? (
        <>
          <p>{t('options_team_joined', view.teamName ?? '', view.serverUrl ?? '', view.memberName ?? '')}</p>
          {view.initial && !view.initial.done && (
            <p role="status" class="sync-initial">
              <progress aria-label={t('sync_initial_progress', view.initial.applied)} />{' '}
              {t('sync_initial_progress', view.initial.applied)}
            </p>
          )}
          <SyncPanel />
          {view.notices.length > 0 && (
            <ul class="sync-notices" aria-label={t('sync_notices_label')}>
              {view.notices
                .slice(-3)
                .reverse()
                .map((n) => (
                  <li key={`${n.at}-${n.entityId}`}>{n.text}</li>
                ))}
            </ul>
          )}
          {confirmLeave ? (
            <div class="actions" role="group" aria-label={t('options_leave_confirm_label')}>
              <p>{t('options_leave_explain')}</p>
              {leavePreview && <p>{leavePreview}</p>}
              <button
                type="button"
                class="danger"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    await leaveTeam();
                    setConfirmLeave(false);
                    return t('options_left');
                  })
                }
              >
                {t('options_leave_yes')}
              </button>
              <button type="button" onClick={() => setConfirmLeave(false)}>
                {t('common_cancel')}
              </button>
            </div>
          ) : (
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirmLeave(true);
                setLeavePreview(undefined);
                void ask('leaveTeam', { dryRun: true }).then(
                  (p) => setLeavePreview(t('sync_leave_preview', p.removed, p.unsent, p.kept)),
                  () => undefined,
                );
              }}
            >
              {t('options_leave')}
            </button>
          )}
        </>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            // Inside the click: the browser shows the permission prompt only for a user gesture.
            void askServerPermission(serverUrl.trim());
            void run(async () => {
              const joined = await joinTeam({
                serverUrl: serverUrl.trim(),
                invite: invite.trim(),
                name: name.trim(),
                deviceName: navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chrome',
              });
              const { total, byVisibility: v } = joined.local;
              return total > 0
                ? `${t('options_joined', joined.teamName)} ${t('sync_local_offer', total, v.team, v.signal, v.private)}`
                : t('options_joined', joined.teamName);
            });
          }}
        >
          <p>{t('options_team_explain')}</p>
          <TextField
            label={t('options_server_url')}
            type="url"
            required
            placeholder="https://team.example.com"
            value={serverUrl}
            onValue={setServerUrl}
          />
          <TextField label={t('options_invite_code')} required value={invite} onValue={setInvite} />
          <TextField
            label={t('options_your_name')}
            required
            value={name}
            onValue={setName}
            hint={t('options_your_name_hint')}
          />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('options_joining') : t('options_join')}
          </button>
        </form>
      )}
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
    </section>
  );
}

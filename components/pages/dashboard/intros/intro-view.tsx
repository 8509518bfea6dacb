import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { getLang, t } from '@/utils/i18n';
import { allowedActions, type IntroAction } from '@/utils/intro/transitions';
import { moveIntro } from '@/utils/intro/workflow';
import { timelineOf } from '@/utils/intro/lists';
import { formatDate, formatDateTime } from '@/components/ui/format';
import { EmptyState, ErrorNote, StatusNote } from '@/components/ui/notice';
import { useLiveResult } from '@/components/ui/use-live-query';
import { useMembers } from '../../shared/members';
import { withActor } from '../actions/actor';
import { hrefTo, type RouteProps } from '../router';
import { EmailDraft } from './email-draft';
import { actionLabel, introStatusLabel, movedLabel, statusTone, stepLabel } from './labels';
import { useIsAdmin } from './role';
import './intros.css';

async function load(id: string) {
  const db = getDb();
  const request = await db.introRequests.get(id);
  if (!request || request.deletedAt != null) return null;
  const [target, tasks] = await Promise.all([
    db.people.get(request.targetPersonId),
    db.tasks
      .where('personId')
      .equals(request.targetPersonId)
      .filter(
        (task) =>
          task.deletedAt == null &&
          task.assignee === request.requesterId &&
          task.createdBy === request.introducerId &&
          task.createdAt >= request.createdAt,
      )
      .toArray(),
  ]);
  return { request, target, tasks };
}

/** One request: what was asked, its timeline, what I may do now, and the introducer's email draft. */
export function IntroView({ params }: RouteProps) {
  const id = params.id ?? '';
  const members = useMembers();
  const admin = useIsAdmin();
  const data = useLiveResult(() => load(id), [id]);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();

  if (data.loading && !data.value) return <p role="status">{t('common_loading')}</p>;
  if (!data.value) {
    return (
      <EmptyState title={t('intro_missing_title')} body={t('intro_missing_body')}>
        <a class="btn" href={hrefTo('intros')}>
          {t('intro_back')}
        </a>
      </EmptyState>
    );
  }
  const { request, target, tasks } = data.value;
  const me = members.me;
  const targetName = target?.displayName ?? '…';
  const actions = allowedActions(request, { memberId: me, admin });
  const answering = actions.includes('accept') || actions.includes('decline');
  const nameOf = (m: string) => members.names.get(m) ?? members.nameOf(m);

  async function act(action: IntroAction) {
    setBusy(true);
    setError(undefined);
    setNote(undefined);
    try {
      await withActor((db, actor) =>
        moveIntro(db, { ...actor, admin }, request.id, action, {
          ...(reason.trim() ? { reason } : {}),
          lang: getLang(),
          names: { target: targetName, introducer: nameOf(request.introducerId) },
        }),
      );
      setReason('');
      setNote(movedLabel(action, nameOf(request.requesterId)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article class="intro" aria-labelledby="intro-title" data-status={request.status}>
      <header class="view-head">
        <div>
          <p>
            <a href={hrefTo('intros')}>{t('intro_back')}</a>
          </p>
          <h1 id="intro-title" tabIndex={-1}>
            {t('intro_detail_title', targetName)}
          </h1>
          <p class="muted">
            {t(
              'intro_detail_parties',
              members.nameOf(request.requesterId),
              members.nameOf(request.introducerId),
            )}
            {' · '}
            <span class={statusTone(request.status)} data-intro-status>
              {introStatusLabel(request.status)}
            </span>
          </p>
        </div>
        {target && (
          <a class="btn" href={hrefTo('person', target.id)}>
            {targetName}
          </a>
        )}
      </header>
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
      <div class="intro-grid">
        <div>
          <section class="panel" aria-labelledby="intro-message">
            <h2 id="intro-message">{t('intro_message_heading')}</h2>
            <p class="intro-text">{request.message}</p>
            {request.reason && (
              <>
                <h3>{t('intro_reason_heading')}</h3>
                <p class="intro-text">{request.reason}</p>
              </>
            )}
            {actions.length > 0 && (
              <div class="intro-actions">
                {answering && (
                  <>
                    <label for="intro-reason">{t('intro_reason_label')}</label>
                    <textarea
                      id="intro-reason"
                      rows={2}
                      maxLength={1000}
                      value={reason}
                      onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)}
                    />
                  </>
                )}
                <div class="actions">
                  {actions.map((a) => (
                    <button
                      key={a}
                      type="button"
                      data-intro-action={a}
                      class={a === 'accept' || a === 'done' ? 'primary' : a === 'withdraw' ? 'danger' : ''}
                      disabled={busy}
                      onClick={() => void act(a)}
                    >
                      {actionLabel(a)}
                    </button>
                  ))}
                </div>
              </div>
            )}
          </section>
          {request.status === 'accepted' && request.introducerId === me && target && (
            <EmailDraft
              target={target}
              requesterName={nameOf(request.requesterId)}
              introducerName={nameOf(me)}
            />
          )}
        </div>
        <div>
          <section class="panel" aria-labelledby="intro-timeline">
            <h2 id="intro-timeline">{t('intro_timeline')}</h2>
            <ol class="intro-steps">
              {timelineOf(request).map((s, i) => (
                <li key={i} data-step={s.status}>
                  <time dateTime={new Date(s.at).toISOString()}>{formatDateTime(s.at)}</time>{' '}
                  {stepLabel(s.status, members.nameOf(s.by))}
                </li>
              ))}
            </ol>
          </section>
          {tasks.length > 0 && (
            <section class="panel" aria-labelledby="intro-followup">
              <h2 id="intro-followup">{t('intro_followup_heading')}</h2>
              <ul class="intro-tasks">
                {tasks.map((task) => (
                  <li key={task.id} data-task={task.id} class={task.done ? 'task done' : 'task'}>
                    {t('intro_followup_task', members.nameOf(task.assignee), task.title)}
                    {task.due && <span class="muted"> · {t('dash_task_due', formatDate(task.due))}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </article>
  );
}

import { useState } from 'preact/hooks';
import { askIntroFromPage } from '@/utils/background/intro-ask';
import { introducersFor } from '@/utils/background/intro-introducers';
import { getDb } from '@/utils/db';
import { getLang, t } from '@/utils/i18n';
import { introducerLines } from '@/utils/intro/explain';
import { askMessage } from '@/utils/intro/templates';
import type { IntroducersReply, IntroducerView } from '@/utils/messaging/intro';
import { formatNumber } from '@/components/ui/format';
import { ErrorNote, StatusNote } from '@/components/ui/notice';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { bandLabel } from '../../shared/labels';
import { useMembers } from '../../shared/members';
import { useSettings } from '../../shared/settings';
import { hrefTo } from '../router';
import { introStatusLabel } from './labels';
import './intros.css';

/**
 * Who on the team could introduce me to this person, best path first, each with why; one click opens
 * a pre-filled double opt-in request to them.
 */
export function IntroducersPanel({ personId }: { personId: string }) {
  const members = useMembers();
  const settings = useSettings();
  const me = members.me;
  const reply = useLiveQuery(
    () =>
      introducersFor(getDb(), personId, {
        me,
        names: members.names,
        halfLifeDays: settings?.strengthHalfLifeDays ?? 180,
        now: Date.now(),
      }).catch(() => null),
    [personId, me, members.names, settings?.strengthHalfLifeDays],
  );
  const [asking, setAsking] = useState<string>();
  if (!reply) return null;
  const now = Date.now();
  const open = new Map(reply.open.map((o) => [o.introducerId, o]));

  return (
    <section class="panel" aria-labelledby="introducers-title">
      <h2 id="introducers-title">{t('intro_introducers_heading')}</h2>
      {reply.introducers.length === 0 && <p class="muted">{t('intro_introducers_none')}</p>}
      <ol class="introducers">
        {reply.introducers.map((line) => {
          const request = open.get(line.memberId);
          return (
            <li key={line.memberId} data-introducer={line.memberId}>
              <div class="who-head">
                <strong>{line.name}</strong>{' '}
                {line.kind === 'path' && (
                  <span class={`badge band-${line.band}`}>
                    {bandLabel(line.band)} · {formatNumber(Math.round(line.score))}
                  </span>
                )}
                {line.kind === 'path' && line.degree === 2 && (
                  <span class="badge">
                    {t('intro_degree2')}
                    {line.viaName ? `: ${line.viaName}` : ''}
                  </span>
                )}
              </div>
              <ul class="why">
                {introducerLines(line, now).map((text, i) => (
                  <li key={i} class="muted">
                    {text}
                  </li>
                ))}
              </ul>
              {request ? (
                <a href={hrefTo('intro', request.introRequestId)}>
                  {t('intro_open_request', line.name, introStatusLabel(request.status))}
                </a>
              ) : asking === line.memberId ? (
                <AskForm reply={reply} line={line} onClose={() => setAsking(undefined)} />
              ) : (
                <button type="button" data-ask={line.memberId} onClick={() => setAsking(line.memberId)}>
                  {t('intro_ask_button', line.name)}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function AskForm(props: { reply: IntroducersReply; line: IntroducerView; onClose(): void }) {
  const { reply, line } = props;
  const [message, setMessage] = useState(() =>
    askMessage({
      lang: getLang(),
      requesterName: reply.me.name,
      introducerName: line.name,
      target: reply.target,
      ...(reply.target.companyName ? { companyName: reply.target.companyName } : {}),
    }),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const id = `ask-${line.memberId}`;
  if (sent) return <StatusNote>{t('intro_ask_sent', line.name)}</StatusNote>;
  return (
    <form
      class="intro-ask"
      aria-label={t('intro_ask_heading', line.name)}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(undefined);
        askIntroFromPage({ personId: reply.target.personId, introducerId: line.memberId, message })
          .then(() => setSent(true))
          .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
          .finally(() => setBusy(false));
      }}
    >
      <label for={id}>{t('intro_ask_heading', line.name)}</label>
      <textarea
        id={id}
        rows={8}
        required
        maxLength={5000}
        value={message}
        onInput={(e) => setMessage((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || !message.trim()}>
          {t('intro_ask_send')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('common_cancel')}
        </button>
      </div>
      <ErrorNote error={error} />
    </form>
  );
}

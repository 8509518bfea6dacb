import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getLang, t, type MessageKey } from '@/utils/i18n';
import { introducerLines } from '@/utils/intro/explain';
import { askMessage } from '@/utils/intro/templates';
import { fromDateInput, toDateInput } from '@/utils/inpage/format';
import type { TeamLine } from '@/utils/inpage/views';
import type { IntroducerView, IntroducersReply } from '@/utils/messaging/intro';
import type { InteractionKind } from '@/utils/model';
import type { StrengthBand } from '@/utils/relationship/strength';
import type { Ask } from './ask';

export const KINDS: InteractionKind[] = ['meeting', 'call', 'email', 'message', 'note'];

interface FormShellProps {
  id: string;
  label: string;
  submitLabel: string;
  onSubmit(): Promise<void>;
  onCancel(): void;
  onError(message: string): void;
  children: ComponentChildren;
}

/** A small form in the popover: its fields, then submit and back, busy while the background works. */
function FormShell(props: FormShellProps) {
  const [busy, setBusy] = useState(false);
  return (
    <form
      id={props.id}
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        props
          .onSubmit()
          .catch((error: unknown) => props.onError(error instanceof Error ? error.message : String(error)))
          .finally(() => setBusy(false));
      }}
    >
      {props.children}
      <div class="ft sticky">
        <button type="submit" class="btn pri" disabled={busy}>
          {props.submitLabel}
        </button>
        <button type="button" class="btn" onClick={props.onCancel}>
          {t('inpage_back')}
        </button>
      </div>
    </form>
  );
}

interface ActionFormProps {
  personId: string;
  ask: Ask;
  now: number;
  onDone(message: string): void;
  onCancel(): void;
  onError(message: string): void;
}

/** Log a meeting, call, email, message or note, with its date and place. */
export function LogForm(props: ActionFormProps) {
  const [kind, setKind] = useState<InteractionKind>('meeting');
  const [day, setDay] = useState(toDateInput(props.now));
  const [where, setWhere] = useState('');
  const [note, setNote] = useState('');
  return (
    <FormShell
      id="meishi-log"
      label={t('inpage_log_heading')}
      submitLabel={t('inpage_action_log')}
      onCancel={props.onCancel}
      onError={props.onError}
      onSubmit={async () => {
        await props.ask('logInteraction', {
          personId: props.personId,
          kind,
          at: fromDateInput(day) ?? props.now,
          ...(where.trim() ? { where: where.trim() } : {}),
          ...(note.trim() ? { note } : {}),
        });
        props.onDone(t('inpage_done_logged'));
      }}
    >
      <div class="row">
        <div>
          <label for="meishi-kind">{t('inpage_field_kind')}</label>
          <select
            id="meishi-kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as InteractionKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`inpage_kind_${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="meishi-log-day">{t('inpage_field_when')}</label>
          <input id="meishi-log-day" type="date" value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        </div>
      </div>
      <label for="meishi-log-where">{t('inpage_field_where')}</label>
      <input id="meishi-log-where" value={where} onInput={(e) => setWhere(e.currentTarget.value)} />
      <label for="meishi-log-note">{t('inpage_field_note')}</label>
      <textarea id="meishi-log-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
    </FormShell>
  );
}

/** A task about this person, assigned to me, with an optional due date. */
export function TaskForm(props: ActionFormProps) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  return (
    <FormShell
      id="meishi-task"
      label={t('inpage_task_heading')}
      submitLabel={t('inpage_action_task')}
      onCancel={props.onCancel}
      onError={props.onError}
      onSubmit={async () => {
        const at = fromDateInput(due);
        await props.ask('addTask', {
          title: title.trim(),
          personId: props.personId,
          ...(at !== undefined ? { due: at } : {}),
        });
        props.onDone(t('inpage_done_task'));
      }}
    >
      <label for="meishi-task-title">{t('inpage_field_task')}</label>
      <input id="meishi-task-title" required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      <label for="meishi-task-due">{t('inpage_field_due')}</label>
      <input id="meishi-task-due" type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
    </FormShell>
  );
}

/**
 * Ask a teammate for an introduction: the introducers ranked by best path (each with why), and a
 * double opt-in request in the UI language, rewritten for the chosen introducer until edited.
 */
export function IntroForm(props: ActionFormProps & { team: TeamLine[]; personName: string }) {
  const fallback: IntroducerView[] = props.team.map((l) => ({
    kind: 'signal',
    memberId: l.memberId,
    name: l.name,
  }));
  const [reply, setReply] = useState<IntroducersReply | null>(null);
  const [loading, setLoading] = useState(true);
  const options = reply?.introducers ?? fallback;
  const [introducer, setIntroducer] = useState(options[0]?.memberId ?? '');
  // A ref, not state: the reply may land after the user started typing, and must not overwrite that.
  const edited = useRef(false);
  const draft = (memberId: string, r: IntroducersReply | null) =>
    askMessage({
      lang: getLang(),
      requesterName: r?.me.name ?? '',
      introducerName: (r?.introducers ?? fallback).find((l) => l.memberId === memberId)?.name ?? '',
      target: r?.target ?? { displayName: props.personName },
      ...(r?.target.companyName ? { companyName: r.target.companyName } : {}),
    }).trim();
  const [message, setMessage] = useState(() => draft(introducer, null));
  useEffect(() => {
    props
      .ask('introducers', { personId: props.personId })
      .then((r) => {
        setReply(r);
        const first = r.introducers[0]?.memberId ?? '';
        setIntroducer(first);
        setMessage((m) => (edited.current ? m : draft(first, r)));
      })
      // Without the ranking the form still works: the teammates from the popover, a plain draft.
      .catch(() => undefined)
      .finally(() => setLoading(false));
  }, [props.personId]);
  if (options.length === 0) return <p class="muted">{t('inpage_intro_nobody')}</p>;
  const chosen = options.find((l) => l.memberId === introducer);
  const open = reply?.open.find((o) => o.introducerId === introducer);
  return (
    <FormShell
      id="meishi-intro"
      label={t('inpage_intro_heading')}
      submitLabel={t('inpage_action_intro')}
      onCancel={props.onCancel}
      onError={props.onError}
      onSubmit={async () => {
        await props.ask('askIntro', {
          personId: props.personId,
          introducerId: introducer,
          message: message.trim(),
        });
        props.onDone(t('inpage_done_intro', chosen?.name ?? introducer));
      }}
    >
      <label for="meishi-intro-who">{t('inpage_field_introducer')}</label>
      <select
        id="meishi-intro-who"
        value={introducer}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setIntroducer(next);
          if (!edited.current) setMessage(draft(next, reply));
        }}
      >
        {options.map((l) => (
          <option key={l.memberId} value={l.memberId}>
            {l.kind === 'path' ? `${l.name} · ${t(BAND_KEY[l.band])}` : l.name}
          </option>
        ))}
      </select>
      {chosen && reply ? (
        <ul class="why" aria-label={t('intro_why', chosen.name)}>
          {introducerLines(chosen, props.now).map((line, i) => (
            <li key={i} class="muted">
              {line}
            </li>
          ))}
        </ul>
      ) : null}
      {open ? (
        <p class="muted">{t('intro_open_request', chosen?.name ?? '', t(`intro_status_${open.status}`))}</p>
      ) : null}
      <label for="meishi-intro-msg">{t('inpage_field_message')}</label>
      <textarea
        id="meishi-intro-msg"
        required
        rows={8}
        value={message}
        aria-busy={loading}
        onInput={(e) => {
          edited.current = true;
          setMessage(e.currentTarget.value);
        }}
      />
    </FormShell>
  );
}

const BAND_KEY: Record<StrengthBand, MessageKey> = {
  strong: 'inpage_band_strong',
  medium: 'inpage_band_medium',
  weak: 'inpage_band_weak',
};

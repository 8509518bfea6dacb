import { t } from '@/utils/i18n';
import type { Interaction, IntroRequest, Person, Relationship, Task } from '@/utils/model';
import { formatDate, formatDateTime } from '@/components/ui/format';
import { kindLabel } from '../../shared/labels';
import type { Members } from '../../shared/members';

export interface TimelineEvent {
  at: number;
  key: string;
  kind: 'created' | 'edited' | 'met' | 'interaction' | 'task' | 'intro' | 'history';
  text: string;
  note?: string | undefined;
}

export interface HistoryEntry {
  at: number;
  by: string;
  fields: string[];
}

/** Everything that happened with this person, newest first: one list the whole team reads the same way. */
export function timelineOf(input: {
  person: Person;
  relationships: readonly Relationship[];
  interactions: readonly Interaction[];
  tasks: readonly Task[];
  intros: readonly IntroRequest[];
  history?: readonly HistoryEntry[] | undefined;
  members: Members;
}): TimelineEvent[] {
  const { person, members } = input;
  const name = members.nameOf;
  const events: TimelineEvent[] = [
    {
      at: person.createdAt,
      key: 'created',
      kind: 'created',
      text: t('dash_tl_created', name(person.createdBy)),
    },
  ];
  if (input.history?.length) {
    for (const [i, h] of input.history.entries()) {
      events.push({
        at: h.at,
        key: `h${i}`,
        kind: 'history',
        text: t('dash_tl_history', name(h.by), h.fields.join(', ')),
      });
    }
  } else if (person.updatedAt > person.createdAt) {
    events.push({
      at: person.updatedAt,
      key: 'edited',
      kind: 'edited',
      text: t('dash_tl_edited', name(person.updatedBy)),
    });
  }
  for (const r of input.relationships) {
    if (r.deletedAt != null) continue;
    events.push({
      at: r.metAt ?? r.createdAt,
      key: `r${r.id}`,
      kind: 'met',
      text: t('dash_tl_met', name(r.memberId)),
      note: [r.how, r.where, r.introducedBy && t('dash_tl_introduced_by', r.introducedBy)]
        .filter(Boolean)
        .join(' · '),
    });
  }
  for (const it of input.interactions) {
    if (it.deletedAt != null) continue;
    events.push({
      at: it.at,
      key: `i${it.id}`,
      kind: 'interaction',
      text: t('dash_tl_interaction', kindLabel(it.kind), name(it.memberId)),
      note: [it.where, it.note].filter(Boolean).join(' · '),
    });
  }
  for (const task of input.tasks) {
    if (task.deletedAt != null) continue;
    events.push({
      at: task.createdAt,
      key: `t${task.id}`,
      kind: 'task',
      text: task.done ? t('dash_tl_task_done', task.title) : t('dash_tl_task', task.title),
      note: task.due ? t('dash_task_due', formatDate(task.due)) : undefined,
    });
  }
  for (const req of input.intros) {
    if (req.deletedAt != null) continue;
    events.push({
      at: req.createdAt,
      key: `q${req.id}`,
      kind: 'intro',
      text: t('dash_tl_intro_asked', name(req.requesterId), name(req.introducerId)),
      note: req.message,
    });
    for (const [i, step] of req.history.entries()) {
      if (step.status === 'asked') continue;
      events.push({
        at: step.at,
        key: `q${req.id}-${i}`,
        kind: 'intro',
        text: t('dash_tl_intro_step', name(step.by), t(`dash_intro_${step.status}`)),
      });
    }
  }
  return events.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
}

export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  return (
    <section class="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('dash_timeline')}</h2>
      <ol class="timeline">
        {events.map((e) => (
          <li key={e.key} class={`tl tl-${e.kind}`}>
            <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at)}</time>
            <span class="tl-text">{e.text}</span>
            {e.note && <span class="tl-note">{e.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useState } from 'preact/hooks';
import { createRecord, getDb, trashRecord, updateRecord } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Task } from '@/utils/model';
import { formatDate, fromDateInput } from '@/components/ui/format';
import { ErrorNote } from '@/components/ui/notice';
import { useLiveQuery } from '@/components/ui/use-live-query';
import type { Members } from '../../shared/members';
import { withActor } from '../actions/actor';

/** To-dos on a person or a company: add, tick off, remove. */
export function TasksPanel({
  on,
  members,
}: {
  on: { personId: string } | { companyId: string };
  members: Members;
}) {
  const key = 'personId' in on ? on.personId : on.companyId;
  const tasks = useLiveQuery(() => {
    const table = getDb().tasks;
    const where =
      'personId' in on
        ? table.where('personId').equals(on.personId)
        : table.where('companyId').equals(on.companyId);
    return where.filter((task) => task.deletedAt == null).toArray();
  }, [key]);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string>();

  async function run(fn: () => Promise<unknown>) {
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function add(event: Event) {
    event.preventDefault();
    if (!title.trim()) return;
    const dueAt = fromDateInput(due);
    await run(() =>
      withActor((db, actor) =>
        createRecord(
          db,
          'task',
          { ...on, title: title.trim(), assignee: actor.memberId, ...(dueAt ? { due: dueAt } : {}) },
          actor,
        ),
      ),
    );
    setTitle('');
    setDue('');
  }

  const sorted = [...(tasks ?? [])].sort(
    (a, b) => Number(a.done) - Number(b.done) || (a.due ?? Infinity) - (b.due ?? Infinity),
  );
  const now = Date.now();

  return (
    <section class="panel" aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t('dash_tasks')}</h2>
      {sorted.length === 0 && <p class="muted">{t('dash_tasks_none')}</p>}
      <ul class="tasks">
        {sorted.map((task: Task) => (
          <li key={task.id} class={task.done ? 'task done' : 'task'}>
            <label class="check">
              <input
                type="checkbox"
                checked={task.done}
                onChange={(e) =>
                  void run(() =>
                    withActor((db, actor) =>
                      updateRecord(
                        db,
                        'task',
                        task.id,
                        { done: (e.currentTarget as HTMLInputElement).checked },
                        actor,
                      ),
                    ),
                  )
                }
              />{' '}
              {task.title}
            </label>
            {task.due && (
              <span class={!task.done && task.due < now ? 'due overdue' : 'due'}>
                {t('dash_task_due', formatDate(task.due))}
              </span>
            )}
            {task.assignee && <span class="muted">{members.nameOf(task.assignee)}</span>}
            <button
              type="button"
              class="link-button"
              aria-label={t('dash_task_remove', task.title)}
              onClick={() =>
                void run(() => withActor((db, actor) => trashRecord(db, 'task', task.id, actor)))
              }
            >
              {t('dash_remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={(e) => void add(e)}>
        <label for={`task-title-${key}`}>{t('dash_task_new')}</label>
        <input
          id={`task-title-${key}`}
          value={title}
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
        />
        <label for={`task-due-${key}`}>{t('dash_task_due_label')}</label>
        <input
          id={`task-due-${key}`}
          type="date"
          value={due}
          onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('dash_task_add')}</button>
      </form>
      <ErrorNote error={error} />
    </section>
  );
}

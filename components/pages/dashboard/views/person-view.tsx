import { useState } from 'preact/hooks';
import { getDb, restoreRecord, trashRecord, updateRecord } from '@/utils/db';
import { t } from '@/utils/i18n';
import { formatDateTime } from '@/components/ui/format';
import { EmptyState, ErrorNote, StatusNote } from '@/components/ui/notice';
import { TagChip } from '@/components/ui/tag-chip';
import { useLiveResult } from '@/components/ui/use-live-query';
import { statusLabel, visibilityLabel } from '../../shared/labels';
import { useMembers } from '../../shared/members';
import { useSettings } from '../../shared/settings';
import { withActor } from '../actions/actor';
import { companyIdFor, draftOf, fieldsOf, patchOf } from '../actions/person-draft';
import { IntroducersPanel } from '../intros/introducers-panel';
import { hrefTo, type RouteProps } from '../router';
import { LogInteraction } from './log-interaction';
import { PersonFields } from './person-fields';
import { PersonForm } from './person-form';
import { TasksPanel } from './tasks-panel';
import { Timeline, timelineOf } from './timeline';
import { WhoKnows } from './who-knows';
import { usePersonHistory } from './use-history';

/** Everything about one person: fields with provenance, who knows them, tasks and the timeline. */
export function PersonView({ params }: RouteProps) {
  const id = params.id ?? '';
  const members = useMembers();
  const settings = useSettings();
  const [mode, setMode] = useState<'view' | 'edit' | 'log'>('view');
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  const data = useLiveResult(async () => {
    const db = getDb();
    const person = await db.people.get(id);
    if (!person) return null;
    const [relationships, interactions, tasks, intros] = await Promise.all([
      db.relationships.where('personId').equals(id).toArray(),
      db.interactions.where('personIds').equals(id).toArray(),
      db.tasks.where('personId').equals(id).toArray(),
      db.introRequests.where('targetPersonId').equals(id).toArray(),
    ]);
    return { person, relationships, interactions, tasks, intros };
  }, [id]);
  const history = usePersonHistory(id, data.value?.person.updatedAt);

  if (data.loading && !data.value) return <p role="status">{t('common_loading')}</p>;
  if (!data.value) {
    return (
      <EmptyState title={t('dash_person_missing_title')} body={t('dash_person_missing_body')}>
        <a class="btn" href={hrefTo('people')}>
          {t('dash_back_to_people')}
        </a>
      </EmptyState>
    );
  }
  const { person, relationships, interactions, tasks, intros } = data.value;
  const tagColors = settings?.tagColors ?? {};

  async function act(fn: () => Promise<unknown>, done?: string) {
    setError(undefined);
    setNote(undefined);
    try {
      await fn();
      if (done) setNote(done);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function saveEdit(draft: Parameters<typeof fieldsOf>[0]) {
    const result = fieldsOf(draft, settings?.phoneRegion ?? 'JP');
    if (!result.ok) return result.problems;
    await withActor(async (db, actor) => {
      const { patch, changed } = patchOf(person, result.fields, actor.memberId, Date.now());
      if (changed.length === 0) return;
      if (changed.includes('companyName'))
        patch.companyId = await companyIdFor(db, result.fields.companyName);
      await updateRecord(db, 'person', person.id, patch, actor);
    });
    setMode('view');
    setNote(t('dash_saved'));
    return [];
  }

  const trashed = person.deletedAt != null;
  return (
    <article class="person" aria-labelledby="person-name">
      <header class="view-head person-head">
        <div>
          <h1 id="person-name" tabIndex={-1}>
            {person.displayName}
          </h1>
          <p class="muted">
            {[person.title, person.companyName].filter(Boolean).join(t('dash_at_separator'))}
          </p>
          <p>
            <span class="badge">{statusLabel(person.status)}</span>{' '}
            <span class="badge">{visibilityLabel(person.visibility)}</span>{' '}
            {person.tags.map((tag) => (
              <TagChip key={tag} tag={tag} color={tagColors[tag]} />
            ))}
          </p>
        </div>
        <div class="actions">
          {!trashed && mode === 'view' && (
            <>
              <button type="button" class="primary" onClick={() => setMode('edit')}>
                {t('dash_edit')}
              </button>
              <button type="button" onClick={() => setMode('log')}>
                {t('dash_log_button')}
              </button>
              <a class="btn" href={hrefTo('person', person.id, 'data')}>
                {t('dash_everything_we_hold')}
              </a>
              <button
                type="button"
                class="danger"
                onClick={() =>
                  void act(
                    () => withActor((db, actor) => trashRecord(db, 'person', person.id, actor)),
                    t('dash_trashed'),
                  )
                }
              >
                {t('dash_move_to_trash')}
              </button>
            </>
          )}
        </div>
      </header>
      {trashed && (
        <div class="banner" role="note">
          <p>
            {t(
              'dash_in_trash_since',
              formatDateTime(person.deletedAt ?? 0),
              members.nameOf(person.deletedBy),
            )}
          </p>
          <button
            type="button"
            onClick={() =>
              void act(
                () => withActor((db, actor) => restoreRecord(db, 'person', person.id, actor)),
                t('dash_restored'),
              )
            }
          >
            {t('dash_restore')}
          </button>
        </div>
      )}
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
      {mode === 'edit' && (
        <PersonForm
          initial={draftOf(person, { visibility: person.visibility })}
          title={t('dash_edit_person')}
          submitLabel={t('common_save')}
          onSubmit={saveEdit}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'log' && <LogInteraction personId={person.id} onDone={() => setMode('view')} />}
      <div class="person-grid">
        <section class="panel" aria-labelledby="details-title">
          <h2 id="details-title">{t('dash_details')}</h2>
          <PersonFields person={person} members={members} tagColors={tagColors} />
        </section>
        <div class="person-side">
          <WhoKnows personId={person.id} members={members} interactions={interactions} />
          {!trashed && <IntroducersPanel personId={person.id} />}
          <TasksPanel on={{ personId: person.id }} members={members} />
        </div>
      </div>
      <Timeline
        events={timelineOf({ person, relationships, interactions, tasks, intros, history, members })}
      />
    </article>
  );
}

import { useState } from 'preact/hooks';
import { getDb, restoreRecord } from '@/utils/db';
import { t } from '@/utils/i18n';
import { formatDateTime } from '@/components/ui/format';
import { EmptyState, ErrorNote, StatusNote } from '@/components/ui/notice';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { useMembers } from '../../shared/members';
import { withActor } from '../actions/actor';
import { hrefTo, type RouteProps } from '../router';

interface TrashItem {
  entity: 'person' | 'company';
  id: string;
  name: string;
  deletedAt: number;
  deletedBy: string | null;
}

/** People and companies in the trash, newest first, each restorable in one click. */
export function TrashView(_props: RouteProps) {
  const members = useMembers();
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  const items = useLiveQuery(async (): Promise<TrashItem[]> => {
    const db = getDb();
    // null is not an IndexedDB key, so the deletedAt index holds trashed rows only.
    const [people, companies] = await Promise.all([
      db.people.where('deletedAt').above(0).toArray(),
      db.companies.where('deletedAt').above(0).toArray(),
    ]);
    return [
      ...people.map((p) => ({
        entity: 'person' as const,
        id: p.id,
        name: p.displayName,
        deletedAt: p.deletedAt ?? 0,
        deletedBy: p.deletedBy,
      })),
      ...companies.map((c) => ({
        entity: 'company' as const,
        id: c.id,
        name: c.name,
        deletedAt: c.deletedAt ?? 0,
        deletedBy: c.deletedBy,
      })),
    ].sort((a, b) => b.deletedAt - a.deletedAt);
  }, []);

  async function restore(item: TrashItem) {
    setError(undefined);
    try {
      await withActor((db, actor) => restoreRecord(db, item.entity, item.id, actor));
      setNote(t('dash_trash_restored', item.name));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section aria-labelledby="trash-title">
      <h1 id="trash-title" tabIndex={-1}>
        {t('dash_trash_title')}
      </h1>
      <p class="muted">{t('dash_trash_intro')}</p>
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
      {!items ? (
        <p role="status">{t('common_loading')}</p>
      ) : items.length === 0 ? (
        <EmptyState title={t('dash_trash_empty_title')} body={t('dash_trash_empty_body')} />
      ) : (
        <ul class="trash-list">
          {items.map((item) => (
            <li key={`${item.entity}:${item.id}`} class="trash-item">
              <div>
                <a href={hrefTo(item.entity, item.id)}>{item.name}</a>{' '}
                <span class="badge">
                  {item.entity === 'person' ? t('dash_trash_person') : t('dash_trash_company')}
                </span>
                <p class="muted">
                  {t('dash_trash_when', formatDateTime(item.deletedAt), members.nameOf(item.deletedBy))}
                </p>
              </div>
              <button
                type="button"
                onClick={() => void restore(item)}
                aria-label={t('dash_restore_named', item.name)}
              >
                {t('dash_restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

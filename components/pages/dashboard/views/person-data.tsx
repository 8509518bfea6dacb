import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { formatNumber } from '@/components/ui/format';
import { EmptyState, ErrorNote, StatusNote } from '@/components/ui/notice';
import { useLiveResult } from '@/components/ui/use-live-query';
import { eraseOnServer, useSyncView } from '../../shared/sync-client';
import { download, dossierJson, exportFileName, loadDossier } from '../actions/person-dossier';
import { eraseLocally } from '../actions/erase-local';
import { hrefTo, navigate, type RouteProps } from '../router';

/** "Everything we hold about this person": what is stored, an export, and erasure as the user's role allows. */
export function PersonDataView({ params }: RouteProps) {
  const id = params.id ?? '';
  const dossier = useLiveResult(() => loadDossier(getDb(), id), [id]);
  const sync = useSyncView();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  if (dossier.loading && !dossier.value) return <p role="status">{t('common_loading')}</p>;
  const d = dossier.value;
  if (!d) {
    return (
      <EmptyState title={t('dash_person_missing_title')} body={done ?? t('dash_person_missing_body')}>
        <a class="btn" href={hrefTo('people')}>
          {t('dash_back_to_people')}
        </a>
      </EmptyState>
    );
  }
  const joined = !!sync?.joined;
  const admin = sync?.role === 'admin';

  async function erase() {
    setError(undefined);
    try {
      if (joined) {
        const receipt = await eraseOnServer(id);
        setDone(
          t('dash_erased_server', formatNumber(Object.values(receipt.counts).reduce((a, b) => a + b, 0))),
        );
      } else {
        const n = await eraseLocally(getDb(), id);
        setDone(t('dash_erased_local', formatNumber(n)));
      }
      navigate('people');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const counts: [string, number][] = [
    [t('dash_data_relationships'), d.relationships.length],
    [t('dash_data_interactions'), d.interactions.length],
    [t('dash_data_tasks'), d.tasks.length],
    [t('dash_data_intros'), d.introRequests.length],
    [t('dash_data_keys'), d.identityKeys.length],
    [t('dash_data_pending'), d.pendingChanges],
  ];

  return (
    <article aria-labelledby="data-title">
      <p>
        <a href={hrefTo('person', id)}>{t('dash_back_to_person', d.person.displayName)}</a>
      </p>
      <h1 id="data-title" tabIndex={-1}>
        {t('dash_data_title', d.person.displayName)}
      </h1>
      <p>{t('dash_data_intro')}</p>
      <section class="panel" aria-labelledby="data-counts">
        <h2 id="data-counts">{t('dash_data_held')}</h2>
        <dl class="counts">
          {counts.map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{formatNumber(n)}</dd>
            </div>
          ))}
        </dl>
        {d.identityKeys.length > 0 && (
          <p class="muted">
            {t('dash_data_keys_list')} {d.identityKeys.join(', ')}
          </p>
        )}
        <details>
          <summary>{t('dash_data_raw')}</summary>
          <pre class="raw" tabIndex={0}>
            {dossierJson(d, Date.now())}
          </pre>
        </details>
        <button
          type="button"
          class="primary"
          onClick={() => download(exportFileName(d.person, Date.now()), dossierJson(d, Date.now()))}
        >
          {t('dash_data_export')}
        </button>
      </section>
      <section class="panel" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('dash_erase_title')}</h2>
        {!joined && <p>{t('dash_erase_local_explain')}</p>}
        {joined && admin && <p>{t('dash_erase_admin_explain')}</p>}
        {joined && !admin && <p>{t('dash_erase_member_explain')}</p>}
        {(!joined || admin) &&
          (confirming ? (
            <div class="actions" role="group" aria-label={t('dash_erase_confirm_label')}>
              <p>
                <strong>{t('dash_erase_confirm', d.person.displayName)}</strong>
              </p>
              <button type="button" class="danger" onClick={() => void erase()}>
                {t('dash_erase_yes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common_cancel')}
              </button>
            </div>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {joined ? t('dash_erase_everywhere') : t('dash_erase_here')}
            </button>
          ))}
        {done && <StatusNote>{done}</StatusNote>}
        <ErrorNote error={error} />
      </section>
    </article>
  );
}

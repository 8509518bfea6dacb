import { useState } from 'preact/hooks';
import type { ImportSummary } from '@/utils/hygiene';
import { t } from '@/utils/i18n';
import { formatNumber } from '@/components/ui/format';
import { hrefTo } from '../router';
import { Problems } from './problems';

interface Props {
  summary: ImportSummary;
  fileName: string;
  onUndo: () => void;
  onAnother: () => void;
}

/** What the import did, with the rows it left out and a one-step undo. */
export function ImportSummaryView({ summary, fileName, onUndo, onAnother }: Props) {
  const [confirming, setConfirming] = useState(false);
  const counts: [string, number, Parameters<typeof t>[0]][] = [
    ['created', summary.created, 'hyg_sum_created'],
    ['updated', summary.updated, 'hyg_sum_updated'],
    ['unchanged', summary.unchanged, 'hyg_sum_unchanged'],
    ['repeated', summary.repeated, 'hyg_sum_repeated'],
    ['failed', summary.failed.length, 'hyg_sum_failed'],
  ];
  return (
    <div class="import-summary">
      <h2 tabIndex={-1} ref={(el) => el?.focus()}>
        {t('hyg_summary_title')}
      </h2>
      <ul class="hyg-counts" aria-label={t('hyg_counts_label')}>
        {counts
          .filter(([key, n]) => n > 0 || key === 'created')
          .map(([key, n, label]) => (
            <li key={key} data-count={key}>
              <strong>{formatNumber(n)}</strong>
              {t(label)}
            </li>
          ))}
      </ul>
      <Problems errors={summary.failed} fileName={fileName} />
      <div class="hyg-actions">
        <a class="btn primary" href={hrefTo('people')}>
          {t('hyg_see_people')}
        </a>
        {summary.created + summary.updated > 0 && !confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('hyg_undo_import')}
          </button>
        )}
        <a class="btn" href={hrefTo('duplicates')}>
          {t('hyg_look_for_duplicates')}
        </a>
        <button type="button" onClick={onAnother}>
          {t('hyg_import_another')}
        </button>
      </div>
      {confirming && (
        <div class="hyg-banner" role="group" aria-label={t('hyg_undo_import')}>
          <p>{t('hyg_undo_import_confirm', formatNumber(summary.created), formatNumber(summary.updated))}</p>
          <div class="hyg-actions">
            <button type="button" class="danger" onClick={onUndo}>
              {t('hyg_undo_yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common_cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

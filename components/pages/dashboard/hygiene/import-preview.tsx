import type { RowTarget } from '@/utils/hygiene';
import { t, type MessageKey } from '@/utils/i18n';
import type { CsvMapping } from '@/utils/io';
import { formatNumber } from '@/components/ui/format';
import { hrefTo } from '../router';
import { formatLabel } from './labels';
import { MappingEditor } from './mapping-editor';
import type { Preview } from './import-protocol';
import { Problems } from './problems';

const TARGET: Record<RowTarget, MessageKey> = {
  new: 'hyg_target_new',
  existing: 'hyg_target_existing',
  repeat: 'hyg_target_repeat',
};

interface Props {
  preview: Preview;
  onMapping: (mapping: CsvMapping) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the import will do, before anything is written. */
export function ImportPreview({ preview: parsed, onMapping, onConfirm, onCancel }: Props) {
  if (parsed.kind === 'backup') {
    return (
      <div class="hyg-banner" role="status">
        <p>{t('hyg_is_backup')}</p>
        <div class="hyg-actions">
          <a class="btn primary" href={hrefTo('export')}>
            {t('hyg_go_restore')}
          </a>
          <button type="button" onClick={onCancel}>
            {t('common_cancel')}
          </button>
        </div>
      </div>
    );
  }
  const invalid = parsed.errors.length;
  const rows = parsed.sample;
  return (
    <div class="import-preview">
      <p>
        {t('hyg_detected', formatLabel(parsed.format), parsed.name)}{' '}
        <span class="muted">{t('hyg_rows_read', formatNumber(parsed.total + invalid))}</span>
      </p>
      <ul class="hyg-counts" aria-label={t('hyg_counts_label')}>
        <li data-count="new">
          <strong>{formatNumber(parsed.counts.new)}</strong>
          {t('hyg_count_new')}
        </li>
        <li data-count="existing">
          <strong>{formatNumber(parsed.counts.existing)}</strong>
          {t('hyg_count_existing')}
        </li>
        {parsed.counts.repeat > 0 && (
          <li data-count="repeat">
            <strong>{formatNumber(parsed.counts.repeat)}</strong>
            {t('hyg_count_repeat')}
          </li>
        )}
        <li data-count="invalid">
          <strong>{formatNumber(invalid)}</strong>
          {t('hyg_count_invalid')}
        </li>
      </ul>
      {parsed.csv && parsed.csv.header.length > 0 && (
        <MappingEditor
          header={parsed.csv.header}
          sample={parsed.csv.sample}
          mapping={parsed.csv.mapping}
          open={parsed.format === 'csv'}
          onMapping={onMapping}
        />
      )}
      <h2>{t('hyg_sample_title')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('hyg_sample_none')}</p>
      ) : (
        <div class="hyg-table-wrap">
          <table class="hyg-table sample">
            <thead>
              <tr>
                <th scope="col">{t('hyg_problem_line')}</th>
                <th scope="col">{t('hyg_col_name')}</th>
                <th scope="col">{t('hyg_col_company')}</th>
                <th scope="col">{t('hyg_col_title')}</th>
                <th scope="col">{t('hyg_col_emails')}</th>
                <th scope="col">{t('hyg_col_phones')}</th>
                <th scope="col">{t('hyg_col_outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line}>
                  <td>{formatNumber(r.line)}</td>
                  <td>
                    {r.displayName}
                    {(r.familyNamePhonetic || r.givenNamePhonetic) && (
                      <span class="muted">
                        {' '}
                        ({[r.familyNamePhonetic, r.givenNamePhonetic].filter(Boolean).join(' ')})
                      </span>
                    )}
                  </td>
                  <td>{r.companyName ?? ''}</td>
                  <td>{r.title ?? ''}</td>
                  <td>{r.emails.map((e) => e.value).join(', ')}</td>
                  <td>{r.phones.map((p) => p.raw).join(', ')}</td>
                  <td>{t(TARGET[r.target])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Problems errors={parsed.errors} fileName={parsed.name} />
      <div class="hyg-actions">
        <button type="button" class="btn primary" disabled={parsed.total === 0} onClick={onConfirm}>
          {t('hyg_confirm_import', formatNumber(parsed.total))}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </div>
  );
}

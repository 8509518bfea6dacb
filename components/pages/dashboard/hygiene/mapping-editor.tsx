import { t } from '@/utils/i18n';
import { CSV_FIELDS, type CsvField, type CsvMapping } from '@/utils/io';
import { fieldLabel } from './labels';

interface Props {
  header: readonly string[];
  sample: readonly string[][];
  mapping: CsvMapping;
  /** Open for an unknown sheet, where the user should check it; folded for known exports. */
  open: boolean;
  onMapping: (mapping: CsvMapping) => void;
}

/** Column → field, as detected; changing one column re-reads the file with the new mapping. */
export function MappingEditor({ header, sample, mapping, open, onMapping }: Props) {
  const change = (column: number, field: string) => {
    const next: CsvMapping = header.map((_, i) => mapping[i] ?? null);
    next[column] = field === '' ? null : { field: field as CsvField };
    onMapping(next);
  };
  return (
    <details class="hyg-section mapping" open={open}>
      <summary>{t('hyg_mapping_title')}</summary>
      <p class="muted">{t('hyg_mapping_hint')}</p>
      <div class="hyg-table-wrap">
        <table class="hyg-table">
          <thead>
            <tr>
              <th scope="col">{t('hyg_mapping_column')}</th>
              <th scope="col">{t('hyg_mapping_example')}</th>
              <th scope="col">{t('hyg_mapping_field')}</th>
            </tr>
          </thead>
          <tbody>
            {header.map((name, i) => {
              const id = `map-${i}`;
              return (
                <tr key={i}>
                  <th scope="row">
                    <label for={id}>{name || t('hyg_mapping_unnamed', String(i + 1))}</label>
                  </th>
                  <td class="muted">{sample.find((row) => (row[i] ?? '').trim() !== '')?.[i] ?? ''}</td>
                  <td>
                    <select
                      id={id}
                      value={mapping[i]?.field ?? ''}
                      onChange={(e) => change(i, (e.currentTarget as HTMLSelectElement).value)}
                    >
                      <option value="">{t('hyg_mapping_skip')}</option>
                      {CSV_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {fieldLabel(f)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}

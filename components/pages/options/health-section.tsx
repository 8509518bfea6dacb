import { getDb } from '@/utils/db/db';
import { t } from '@/utils/i18n';
import { formatDateTime, formatNumber } from '@/components/ui/format';
import { useLiveQuery } from '@/components/ui/use-live-query';

type Cell = string;

/** Flatten one entry of the record into "field → text": dates for *At fields, numbers with Intl. */
export function flattenEntry(value: unknown, prefix = ''): [string, Cell][] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'number') {
    const isTime = /At$|^at$|time$/i.test(prefix) && value > 1e11;
    return [[prefix, isTime ? formatDateTime(value) : formatNumber(value)]];
  }
  if (typeof value === 'boolean') return [[prefix, value ? '✓' : '✗']];
  if (typeof value === 'string') return [[prefix, value.slice(0, 200)]];
  if (Array.isArray(value)) return [[prefix, formatNumber(value.length)]];
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .slice(0, 40)
      .flatMap(([k, v]) => flattenEntry(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

/**
 * The detectors' health record as the background keeps it (meta 'health'): per site and page kind,
 * how often detection ran and which expected fields went missing, so a changed LinkedIn layout shows
 * up here before users notice. Shown as a table whatever the record's exact fields are.
 */
export function HealthSection() {
  const record = useLiveQuery(async () => (await getDb().meta.get('health'))?.value ?? null, []);
  const entries =
    record && typeof record === 'object' && !Array.isArray(record)
      ? Object.entries(record as Record<string, unknown>)
      : [];
  return (
    <section class="panel" aria-labelledby="health-title">
      <h2 id="health-title">{t('options_health_title')}</h2>
      <p>{t('options_health_explain')}</p>
      {record === undefined ? (
        <p class="muted">{t('common_loading')}</p>
      ) : entries.length === 0 ? (
        <p class="muted">{t('options_health_none')}</p>
      ) : (
        <table class="health-table">
          <thead>
            <tr>
              <th scope="col">{t('options_health_page')}</th>
              <th scope="col">{t('options_health_facts')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, 100).map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{key}</th>
                <td>
                  <ul class="plain">
                    {flattenEntry(value).map(([k, v]) => (
                      <li key={k}>
                        {k ? `${k}: ` : ''}
                        {v}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

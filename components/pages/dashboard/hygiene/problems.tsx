import { errorsCsv } from '@/utils/hygiene';
import { t } from '@/utils/i18n';
import type { ImportError } from '@/utils/io';
import { formatNumber } from '@/components/ui/format';
import { downloadText } from './download';

const SHOWN = 100;

/** Rows left out, each with its line and reason; all of them can be downloaded to fix and re-import. */
export function Problems({ errors, fileName }: { errors: readonly ImportError[]; fileName: string }) {
  if (errors.length === 0) return null;
  const download = () =>
    downloadText(
      errorsCsv(errors, [t('hyg_problem_line'), t('hyg_problem_reason')]),
      `${fileName.replace(/\.[^.]+$/, '')}-problems.csv`,
      'text/csv;charset=utf-8',
    );
  return (
    <section class="hyg-section" aria-labelledby="problems-title">
      <h2 id="problems-title">{t('hyg_problems_title', formatNumber(errors.length))}</h2>
      <div class="hyg-errors">
        <table class="hyg-table problems">
          <thead>
            <tr>
              <th scope="col">{t('hyg_problem_line')}</th>
              <th scope="col">{t('hyg_problem_reason')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.slice(0, SHOWN).map((e, i) => (
              <tr key={i}>
                <td>{e.line > 0 ? formatNumber(e.line) : t('hyg_problem_whole_file')}</td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > SHOWN && (
        <p class="muted">{t('hyg_problems_more', formatNumber(errors.length - SHOWN))}</p>
      )}
      <button type="button" onClick={download}>
        {t('hyg_problems_download')}
      </button>
    </section>
  );
}

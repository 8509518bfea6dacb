import { useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import {
  buildExport,
  planRestore,
  runRestore,
  type ExportKind,
  type RestoreMode,
  type RestorePlan,
} from '@/utils/hygiene';
import { t, type MessageKey } from '@/utils/i18n';
import type { BackupError } from '@/utils/io';
import { currentActor } from '@/utils/background/actor';
import { formatNumber } from '@/components/ui/format';
import { ErrorNote, StatusNote } from '@/components/ui/notice';
import { hrefTo, type RouteProps } from '../router';
import { downloadText } from './download';
import { FilePicker } from './file-picker';
import { RecentOps } from './recent-ops';
import './hygiene.css';

const EXPORTS: [ExportKind, MessageKey][] = [
  ['csv', 'hyg_export_csv'],
  ['vcard4', 'hyg_export_vcard4'],
  ['vcard3', 'hyg_export_vcard3'],
];

const TABLE_LABEL: Record<keyof RestorePlan['counts'], MessageKey> = {
  people: 'hyg_table_people',
  companies: 'hyg_table_companies',
  relationships: 'hyg_table_relationships',
  interactions: 'hyg_table_interactions',
  tasks: 'hyg_table_tasks',
  introRequests: 'hyg_table_intros',
};

type Restore =
  | { kind: 'idle' }
  | { kind: 'invalid'; name: string; errors: BackupError[] }
  | { kind: 'ready'; name: string; plan: RestorePlan }
  | { kind: 'running'; done: number; total: number };

/** Export people as CSV or vCard, download a full backup, and restore one. */
export function ExportView(_props: RouteProps) {
  const [busy, setBusy] = useState<ExportKind>();
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  const [restore, setRestore] = useState<Restore>({ kind: 'idle' });
  const [mode, setMode] = useState<RestoreMode>('missing');

  async function download(kind: ExportKind) {
    setBusy(kind);
    setError(undefined);
    setNote(undefined);
    try {
      const file = await buildExport(getDb(), kind);
      downloadText(file.text, file.fileName, file.mime);
      setNote(
        t(kind === 'backup' ? 'hyg_backup_done' : 'hyg_export_done', formatNumber(file.count), file.fileName),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  async function pickBackup(file: File) {
    setError(undefined);
    setNote(undefined);
    const planned = await planRestore(getDb(), await file.text());
    setRestore(
      planned.ok
        ? { kind: 'ready', name: file.name, plan: planned.plan }
        : { kind: 'invalid', name: file.name, errors: planned.errors },
    );
  }

  async function runIt(plan: RestorePlan, name: string) {
    setError(undefined);
    try {
      setRestore({ kind: 'running', done: 0, total: 1 });
      const summary = await runRestore(getDb(), plan, mode, await currentActor(), name, (done, total) =>
        setRestore({ kind: 'running', done, total }),
      );
      setRestore({ kind: 'idle' });
      setNote(
        t(
          'hyg_restore_done',
          formatNumber(summary.added),
          formatNumber(summary.replaced),
          formatNumber(summary.unchanged),
        ),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setRestore({ kind: 'idle' });
    }
  }

  return (
    <section aria-labelledby="export-title">
      <header class="view-head">
        <h1 id="export-title" tabIndex={-1}>
          {t('hyg_export_title')}
        </h1>
        <a class="btn" href={hrefTo('import')}>
          {t('hyg_to_import')}
        </a>
      </header>
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
      <section class="hyg-section" aria-labelledby="export-people">
        <h2 id="export-people">{t('hyg_export_people')}</h2>
        <p class="muted">{t('hyg_export_hint')}</p>
        <div class="hyg-actions">
          {EXPORTS.map(([kind, label]) => (
            <button
              key={kind}
              type="button"
              disabled={busy !== undefined}
              onClick={() => void download(kind)}
            >
              {t(label)}
            </button>
          ))}
        </div>
      </section>
      <section class="hyg-section" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('hyg_backup_title')}</h2>
        <p class="muted">{t('hyg_backup_hint')}</p>
        <button
          type="button"
          class="btn primary"
          disabled={busy !== undefined}
          onClick={() => void download('backup')}
        >
          {t('hyg_backup_download')}
        </button>
      </section>
      <section class="hyg-section" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('hyg_restore_title')}</h2>
        {restore.kind === 'running' ? (
          <div>
            <p role="status">{t('hyg_restoring', formatNumber(restore.done), formatNumber(restore.total))}</p>
            <progress
              class="hyg-progress"
              max={Math.max(1, restore.total)}
              value={restore.done}
              aria-label={t('hyg_restore_title')}
            />
          </div>
        ) : (
          <FilePicker
            id="restore-file"
            accept=".json,application/json"
            label={t('hyg_restore_choose')}
            hint={t('hyg_restore_hint')}
            onFile={(f) => void pickBackup(f)}
          />
        )}
        {restore.kind === 'invalid' && (
          <div role="alert">
            <p class="error">{t('hyg_restore_invalid', restore.name, formatNumber(restore.errors.length))}</p>
            <ul class="hyg-errors">
              {restore.errors.map((e, i) => (
                <li key={i}>
                  {e.index >= 0
                    ? t('hyg_restore_error_row', e.table, String(e.index + 1), e.field, e.message)
                    : `${e.table ? `${e.table}: ` : ''}${e.field ? `${e.field}: ` : ''}${e.message}`}
                </li>
              ))}
            </ul>
          </div>
        )}
        {restore.kind === 'ready' && (
          <div class="hyg-banner">
            <p>{t('hyg_restore_ready', restore.name)}</p>
            <table class="hyg-table">
              <thead>
                <tr>
                  <th scope="col">{t('hyg_restore_table')}</th>
                  <th scope="col">{t('hyg_restore_missing')}</th>
                  <th scope="col">{t('hyg_restore_different')}</th>
                  <th scope="col">{t('hyg_restore_same')}</th>
                </tr>
              </thead>
              <tbody>
                {(Object.keys(TABLE_LABEL) as (keyof typeof TABLE_LABEL)[]).map((table) => {
                  const c = restore.plan.counts[table];
                  return (
                    <tr key={table}>
                      <th scope="row">{t(TABLE_LABEL[table])}</th>
                      <td>{formatNumber(c.missing)}</td>
                      <td>{formatNumber(c.different)}</td>
                      <td>{formatNumber(c.same)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <fieldset class="hyg-choice">
              <legend>{t('hyg_restore_mode')}</legend>
              <label>
                <input
                  type="radio"
                  name="restore-mode"
                  checked={mode === 'missing'}
                  onChange={() => setMode('missing')}
                />{' '}
                {t('hyg_restore_mode_missing')}
              </label>
              <label>
                <input
                  type="radio"
                  name="restore-mode"
                  checked={mode === 'overwrite'}
                  onChange={() => setMode('overwrite')}
                />{' '}
                {t('hyg_restore_mode_overwrite')}
              </label>
            </fieldset>
            <div class="hyg-actions">
              <button
                type="button"
                class="btn primary"
                onClick={() => void runIt(restore.plan, restore.name)}
              >
                {t('hyg_restore_run')}
              </button>
              <button type="button" onClick={() => setRestore({ kind: 'idle' })}>
                {t('common_cancel')}
              </button>
            </div>
          </div>
        )}
      </section>
      <RecentOps kinds={['restore']} title={t('hyg_recent_restores')} />
    </section>
  );
}

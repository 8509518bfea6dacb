import { useEffect, useRef, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { undoOp, type ImportSummary } from '@/utils/hygiene';
import { t } from '@/utils/i18n';
import type { CsvMapping } from '@/utils/io';
import { ErrorNote, StatusNote } from '@/components/ui/notice';
import { formatNumber } from '@/components/ui/format';
import { currentActor } from '@/utils/background/actor';
import { useSettings } from '../../shared/settings';
import { hrefTo, type RouteProps } from '../router';
import { FilePicker } from './file-picker';
import { importClient, type ActiveImport } from './import-client';
import { ImportPreview } from './import-preview';
import { ImportSummaryView } from './import-summary';
import { howLabel } from './labels';
import type { Preview } from './import-protocol';
import { RecentOps } from './recent-ops';
import './hygiene.css';

type Stage =
  | { kind: 'choose' }
  | { kind: 'reading'; name: string; share: number }
  | { kind: 'preview'; file: File; preview: Preview }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'summary'; summary: ImportSummary; name: string };

const STEPS = ['hyg_step_file', 'hyg_step_preview', 'hyg_step_save', 'hyg_step_summary'] as const;
const STEP_OF: Record<Stage['kind'], number> = { choose: 0, reading: 0, preview: 1, saving: 2, summary: 3 };

/** Marks for the import benchmark: when a file was picked and when its summary showed. */
const mark = (name: string) => performance.mark(`meishi:import-${name}`);

/**
 * Import: file → preview (rows as they will be saved, the detected mapping, counts of new,
 * matching and invalid rows) → confirm → progress → summary with undo.
 */
export function ImportView(_props: RouteProps) {
  const settings = useSettings();
  const [stage, setStage] = useState<Stage>(() => {
    const active = importClient().active;
    return active ? { kind: 'saving', done: active.done, total: active.total } : { kind: 'choose' };
  });
  const [error, setError] = useState<string>();
  const [note, setNote] = useState<string>();
  const pickedAt = useRef(0);
  const region = settings?.phoneRegion ?? 'JP';

  async function load(file: File, mapping?: CsvMapping) {
    const name = file.name;
    setError(undefined);
    setNote(undefined);
    setStage({ kind: 'reading', name, share: 0 });
    try {
      const actor = await currentActor();
      pickedAt.current = Date.now();
      const preview = await importClient().parse(
        file,
        { name, ...(mapping ? { mapping } : {}), region, now: pickedAt.current, by: actor.memberId },
        (share) => setStage({ kind: 'reading', name, share }),
      );
      setStage({ kind: 'preview', file, preview });
      mark('preview');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStage({ kind: 'choose' });
    }
  }

  async function pick(file: File) {
    mark('picked');
    await load(file);
  }

  /** Shows an import's progress until its summary (or failure), also one started before this view opened. */
  function follow(active: ActiveImport, total: number) {
    setStage({ kind: 'saving', done: active.done, total: active.total || total });
    active.result.then(
      (summary) => {
        setStage({ kind: 'summary', summary, name: active.name });
        mark('summary');
      },
      (e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        setStage({ kind: 'choose' });
      },
    );
  }

  useEffect(() => {
    const client = importClient();
    if (client.active) follow(client.active, 0);
    return client.watch((active) => {
      if (active) setStage({ kind: 'saving', done: active.done, total: active.total });
    });
  }, []);

  async function save(preview: Preview) {
    setError(undefined);
    mark('confirm');
    try {
      const actor = await currentActor();
      const active = importClient().run(preview.name, {
        actor,
        visibility: settings?.defaultVisibility ?? 'team',
        how: howLabel(preview.format),
      });
      follow(active, preview.total);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStage({ kind: 'choose' });
    }
  }

  async function undo(opId: string) {
    setError(undefined);
    try {
      const result = await undoOp(getDb(), opId, await currentActor());
      setNote(t('hyg_undone', formatNumber(result.reverted)));
      setStage({ kind: 'choose' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const step = STEP_OF[stage.kind];
  return (
    <section aria-labelledby="import-title">
      <header class="view-head">
        <h1 id="import-title" tabIndex={-1}>
          {t('hyg_import_title')}
        </h1>
        <a class="btn" href={hrefTo('export')}>
          {t('hyg_to_export')}
        </a>
      </header>
      <ol class="hyg-steps" aria-label={t('hyg_steps_label')}>
        {STEPS.map((key, i) => (
          <li key={key} aria-current={i === step ? 'step' : undefined}>
            {i + 1}. {t(key)}
          </li>
        ))}
      </ol>
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
      {stage.kind === 'choose' && (
        <>
          <p class="muted">{t('hyg_import_intro')}</p>
          <FilePicker
            id="import-file"
            accept=".csv,.vcf,.vcard,.json,text/csv,text/vcard"
            label={t('hyg_choose_file')}
            hint={t('hyg_choose_file_hint')}
            onFile={(f) => void pick(f)}
          />
        </>
      )}
      {stage.kind === 'reading' && (
        <div>
          <p role="status">{t('hyg_reading', stage.name)}</p>
          <progress class="hyg-progress" max={1} value={stage.share} aria-label={t('hyg_reading_label')} />
        </div>
      )}
      {stage.kind === 'preview' && (
        <ImportPreview
          preview={stage.preview}
          onMapping={(mapping) => void load(stage.file, mapping)}
          onConfirm={() => void save(stage.preview)}
          onCancel={() => {
            importClient().discard();
            setStage({ kind: 'choose' });
          }}
        />
      )}
      {stage.kind === 'saving' && (
        <div>
          <p role="status">{t('hyg_saving', formatNumber(stage.done), formatNumber(stage.total))}</p>
          <progress
            class="hyg-progress"
            max={Math.max(1, stage.total)}
            value={stage.done}
            aria-label={t('hyg_saving_label')}
          />
        </div>
      )}
      {stage.kind === 'summary' && (
        <ImportSummaryView
          summary={stage.summary}
          fileName={stage.name}
          onUndo={() => void undo(stage.summary.opId)}
          onAnother={() => setStage({ kind: 'choose' })}
        />
      )}
      <RecentOps kinds={['import', 'restore']} title={t('hyg_recent_imports')} />
    </section>
  );
}

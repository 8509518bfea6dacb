import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { expiresAt, listOps, purgeExpired, undoOp, type HygieneOp, type OpKind } from '@/utils/hygiene';
import { t, type MessageKey } from '@/utils/i18n';
import { currentActor } from '@/utils/background/actor';
import { formatDate, formatDateTime, formatNumber } from '@/components/ui/format';
import { ErrorNote, StatusNote } from '@/components/ui/notice';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { formatLabel } from './labels';

const KIND: Record<OpKind, MessageKey> = {
  import: 'hyg_op_import',
  merge: 'hyg_op_merge',
  'auto-merge': 'hyg_op_auto_merge',
  restore: 'hyg_op_restore',
};

function countsText(op: HygieneOp): string {
  const c = op.counts;
  if (op.kind === 'import')
    return t('hyg_op_import_counts', formatNumber(c.created ?? 0), formatNumber(c.updated ?? 0));
  if (op.kind === 'restore')
    return t('hyg_op_restore_counts', formatNumber(c.added ?? 0), formatNumber(c.replaced ?? 0));
  return t('hyg_op_merge_counts', formatNumber(c.merged ?? 0));
}

/** Recent imports, merges and restores on this browser, each undoable for 30 days. */
export function RecentOps({ kinds, title }: { kinds: OpKind[]; title: string }) {
  const [busy, setBusy] = useState<string>();
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    // Journals past the undo window are forgotten (the changes themselves stay).
    void purgeExpired(getDb(), Date.now()).catch(() => undefined);
  }, []);
  const ops = useLiveQuery(() => listOps(getDb(), Date.now(), kinds), [kinds.join()]);
  if (!ops || ops.length === 0) return null;

  async function undo(op: HygieneOp) {
    setBusy(op.id);
    setError(undefined);
    try {
      const result = await undoOp(getDb(), op.id, await currentActor());
      setNote(t('hyg_undone', formatNumber(result.reverted)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section class="hyg-section" aria-labelledby="recent-ops-title">
      <h2 id="recent-ops-title">{title}</h2>
      {note && <StatusNote>{note}</StatusNote>}
      <ErrorNote error={error} />
      <ul class="hyg-ops">
        {ops.map((op) => (
          <li key={op.id} class="hyg-op" data-op={op.kind}>
            <div>
              <p>
                <strong>{t(KIND[op.kind])}</strong> · {op.label}
                {op.format && <span class="muted"> · {formatLabel(op.format)}</span>}
              </p>
              <p class="muted">
                {formatDateTime(op.at)} · {countsText(op)} ·{' '}
                {op.status === 'undone'
                  ? t('hyg_op_undone')
                  : op.status === 'running'
                    ? t('hyg_op_running')
                    : t('hyg_op_until', formatDate(expiresAt(op)))}
              </p>
            </div>
            {op.status !== 'undone' && (
              <button
                type="button"
                disabled={busy !== undefined}
                aria-label={t('hyg_undo_named', op.label)}
                onClick={() => void undo(op)}
              >
                {busy === op.id ? t('hyg_undoing') : t('hyg_undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

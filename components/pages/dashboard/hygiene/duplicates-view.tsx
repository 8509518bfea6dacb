import { useEffect, useState } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { autoMerge, undoOp } from '@/utils/hygiene';
import { t } from '@/utils/i18n';
import { currentActor } from '@/utils/background/actor';
import { formatNumber } from '@/components/ui/format';
import { EmptyState, ErrorNote, StatusNote } from '@/components/ui/notice';
import { VirtualList } from '@/components/ui/virtual-list';
import { useSettings } from '../../shared/settings';
import { navigate, type RouteProps } from '../router';
import { dedupCache } from './dedup-cache';
import { findDuplicatesInWorker } from './dedup-client';
import { reasonsText } from './reasons';
import { RecentOps } from './recent-ops';
import './hygiene.css';

const ROW_HEIGHT = 56;

/** 名寄せ: exact duplicates merged in one click (and undone in one), likely ones reviewed pair by pair. */
export function DuplicatesView(_props: RouteProps) {
  const settings = useSettings();
  const [candidates, setCandidates] = useState(dedupCache.get());
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [action, setAction] = useState(dedupCache.lastAction());

  async function search() {
    setBusy(t('hyg_dup_searching'));
    setError(undefined);
    try {
      const found = await findDuplicatesInWorker(settings?.phoneRegion ?? 'JP');
      dedupCache.set(found);
      setCandidates(found);
      performance.mark('meishi:duplicates-found', { detail: found.ms });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  useEffect(() => {
    // A search started elsewhere (an undo, then the user left) may have finished since this view
    // read the cache: show it rather than wait for nothing.
    const cached = dedupCache.get();
    if (cached) setCandidates(cached);
    else if (settings) void search();
  }, [settings]);

  function remember(next: { text: string; opId?: string } | undefined) {
    dedupCache.setLastAction(next);
    setAction(next);
  }

  async function mergeExact() {
    if (!candidates) return;
    setError(undefined);
    const groups = candidates.autoMerge.map((g) => g.personIds);
    try {
      const result = await autoMerge(getDb(), groups, await currentActor(), (done, total) =>
        setBusy(t('hyg_dup_merging', formatNumber(done), formatNumber(total))),
      );
      dedupCache.settle(groups.flat());
      setCandidates(dedupCache.get());
      remember({ text: t('hyg_dup_auto_done', formatNumber(result.merged)), opId: result.opId });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  async function undo(opId: string) {
    setError(undefined);
    try {
      const result = await undoOp(getDb(), opId, await currentActor());
      remember({ text: t('hyg_undone', formatNumber(result.reverted)) });
      dedupCache.set(undefined);
      await search();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const exact = candidates?.autoMerge ?? [];
  const exactRecords = exact.reduce((n, g) => n + g.personIds.length - 1, 0);
  const review = candidates?.review ?? [];
  const nameOf = (id: string) => candidates?.names[id] || '?';

  return (
    <section aria-labelledby="dup-title">
      <header class="view-head">
        <h1 id="dup-title" tabIndex={-1}>
          {t('hyg_dup_title')}
        </h1>
        <button type="button" disabled={busy !== undefined} onClick={() => void search()}>
          {t('hyg_dup_search_again')}
        </button>
      </header>
      <p class="muted">{t('hyg_dup_intro')}</p>
      {action && (
        <StatusNote>
          {action.text}{' '}
          {action.opId && (
            <button type="button" onClick={() => void undo(action.opId!)}>
              {t('hyg_undo')}
            </button>
          )}
        </StatusNote>
      )}
      <ErrorNote error={error} />
      {busy && <p role="status">{busy}</p>}
      {candidates && exact.length > 0 && (
        <div class="hyg-banner exact">
          <p>{t('hyg_dup_exact', formatNumber(exact.length), formatNumber(exactRecords))}</p>
          <button
            type="button"
            class="btn primary"
            disabled={busy !== undefined}
            onClick={() => void mergeExact()}
          >
            {t('hyg_dup_exact_merge')}
          </button>
        </div>
      )}
      {candidates && (
        <p class="count" role="status">
          {t('hyg_dup_review_count', formatNumber(review.length))}
        </p>
      )}
      {candidates && review.length === 0 && exact.length === 0 && (
        <EmptyState title={t('hyg_dup_none_title')} body={t('hyg_dup_none_body')} />
      )}
      {review.length > 0 && (
        <VirtualList
          class="hyg-pairs"
          idPrefix="dup-pair"
          label={t('hyg_dup_list')}
          count={review.length}
          rowHeight={ROW_HEIGHT}
          renderRow={(i) => {
            const pair = review[i];
            if (!pair) return null;
            return (
              <div class="hyg-pair">
                <span class="hyg-pair-names">
                  {nameOf(pair.a)} / {nameOf(pair.b)}
                </span>
                <span class="hyg-pair-why">{reasonsText(pair.reasons)}</span>
              </div>
            );
          }}
          onActivate={(i) => {
            const pair = review[i];
            if (pair) navigate('duplicates', pair.a, pair.b);
          }}
        />
      )}
      <RecentOps kinds={['merge', 'auto-merge']} title={t('hyg_recent_merges')} />
    </section>
  );
}

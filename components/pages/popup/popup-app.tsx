import { useEffect } from 'preact/hooks';
import { getDb } from '@/utils/db';
import { t } from '@/utils/i18n';
import { formatNumber } from '@/components/ui/format';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { useMembers } from '../shared/members';
import { SyncPanel } from '../shared/sync-status';
import { useActiveTab } from './active-tab';
import { PageCandidates } from './page-candidates';
import { dashboardUrl, QuickSearch } from './quick-search';

/** Intro requests waiting for my answer. */
function useIncomingIntros(me: string): number | undefined {
  return useLiveQuery(
    () =>
      getDb()
        .introRequests.where('introducerId')
        .equals(me)
        .filter((r) => r.status === 'asked' && r.deletedAt == null)
        .count(),
    [me],
  );
}

export function PopupApp() {
  const tab = useActiveTab();
  const members = useMembers();
  const intros = useIncomingIntros(members.me);

  useEffect(() => {
    if (tab !== undefined) performance.mark('meishi:popup-ready');
  }, [tab]);

  return (
    <main class="popup" aria-labelledby="popup-title">
      <header class="popup-head">
        <h1 id="popup-title">Meishi</h1>
        <a class="btn" href={dashboardUrl()} target="_blank" rel="noreferrer">
          {t('popup_open_dashboard')}
        </a>
      </header>
      <QuickSearch />
      <PageCandidates tab={tab} />
      {intros !== undefined && intros > 0 && (
        <p class="intros">
          <a href={dashboardUrl('intros')} target="_blank" rel="noreferrer">
            {t('popup_intros_waiting', formatNumber(intros))}
          </a>
        </p>
      )}
      <SyncPanel compact />
    </main>
  );
}

import { t } from '@/utils/i18n';
import { IntrosWaiting } from '../dashboard/intros/waiting-list';
import { useMembers } from '../shared/members';
import { SyncPanel } from '../shared/sync-status';
import { useActiveTab } from './active-tab';
import { PageCandidates } from './page-candidates';
import { dashboardUrl, QuickSearch } from './quick-search';

export function PopupApp() {
  const tab = useActiveTab();
  const members = useMembers();

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
      <IntrosWaiting members={members} />
      <SyncPanel compact />
    </main>
  );
}

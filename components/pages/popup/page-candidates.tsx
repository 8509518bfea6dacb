import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { ask } from '@/utils/messaging/client';
import type { Replies } from '@/utils/messaging/protocol';
import type { Candidate } from '@/utils/model';
import { candidatesOn, tabKey } from '@/utils/background/tab-candidates';
import { ErrorNote } from '@/components/ui/notice';
import type { TabInfo } from './active-tab';
import { dashboardUrl } from './quick-search';

type LookupResult = Replies['lookup']['results'][number];
interface Found {
  candidate: Candidate;
  result: LookupResult | undefined;
}

/** Candidates of the tab with fresh states: the page's last look-up, asked again so saves show at once. */
async function load(tab: TabInfo): Promise<Found[]> {
  const candidates = await candidatesOn(tab.id, tab.url);
  if (candidates.length === 0) return [];
  const { results } = await ask('lookup', { candidates });
  return candidates.map((candidate, i) => ({ candidate, result: results[i] }));
}

/** Re-read when a content script reports new finds for this tab (after "scan this page", on scroll). */
function useTabCandidates(tab: TabInfo | null | undefined): {
  found: Found[] | undefined;
  reload: () => void;
} {
  const [found, setFound] = useState<Found[]>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!tab) {
      if (tab === null) setFound([]);
      return;
    }
    let live = true;
    load(tab).then(
      (f) => live && setFound(f),
      () => live && setFound([]),
    );
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && tabKey(tab.id) in changes) setTick((n) => n + 1);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tab, tick]);
  return { found, reload: () => setTick((n) => n + 1) };
}

export function PageCandidates({ tab }: { tab: TabInfo | null | undefined }) {
  const { found, reload } = useTabCandidates(tab);
  const ready = found !== undefined;
  useEffect(() => {
    // For the benchmark: the popup shows its content once the page's finds are known.
    if (ready) performance.mark('meishi:popup-ready');
  }, [ready]);
  const [scanning, setScanning] = useState(false);
  const [error, setError] = useState<string>();

  async function scan() {
    if (!tab) return;
    setScanning(true);
    setError(undefined);
    try {
      await ask('scanTab', { tabId: tab.id });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setScanning(false);
    }
  }

  async function save(item: Found) {
    setError(undefined);
    try {
      if (item.candidate.kind === 'company')
        await ask('saveCompany', { candidate: item.candidate, tags: [] });
      else await ask('savePerson', { candidate: item.candidate, tags: [] });
      reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section class="on-page" aria-labelledby="on-page-title">
      <h2 id="on-page-title">{t('popup_on_page')}</h2>
      {found === undefined ? (
        <p class="muted">{t('common_loading')}</p>
      ) : found.length === 0 ? (
        <p class="muted">{tab?.scannable ? t('popup_none_found') : t('popup_not_a_page')}</p>
      ) : (
        <ul class="found">
          {found.map((item, i) => (
            <FoundRow key={i} item={item} onSave={() => void save(item)} />
          ))}
        </ul>
      )}
      {tab?.scannable && !tab.granted && (
        <div class="scan">
          <p class="muted">{t('popup_scan_explain')}</p>
          <button type="button" onClick={() => void scan()} disabled={scanning}>
            {scanning ? t('popup_scanning') : t('popup_scan')}
          </button>
        </div>
      )}
      <ErrorNote error={error} />
    </section>
  );
}

function FoundRow({ item, onSave }: { item: Found; onSave: () => void }) {
  const { candidate: c, result } = item;
  const state = result?.state ?? 'new';
  const savedId = c.kind === 'company' ? result?.companyId : result?.personId;
  const knownBy = result?.knownBy ?? [];
  return (
    <li class="found-row">
      <div class="found-main">
        <span class="found-name">{c.name}</span>
        <span class="found-sub">{[c.title, c.company].filter(Boolean).join(' · ')}</span>
        <span>
          <span class={`badge badge-${state}`}>
            {state === 'new'
              ? t('popup_badge_new')
              : state === 'saved'
                ? t('popup_badge_saved')
                : t('popup_badge_known')}
          </span>{' '}
          {knownBy.length > 0 && (
            <span class="known-by">{t('popup_known_by', knownBy.map((k) => k.name).join(', '))}</span>
          )}
        </span>
      </div>
      {state === 'new' || !savedId ? (
        <button type="button" class="primary" onClick={onSave} aria-label={t('popup_save_named', c.name)}>
          {t('common_save')}
        </button>
      ) : (
        <a
          class="btn"
          href={dashboardUrl(`${c.kind}/${savedId}`)}
          target="_blank"
          rel="noreferrer"
          aria-label={t('popup_open_named', c.name)}
        >
          {t('popup_open')}
        </a>
      )}
    </li>
  );
}

import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/utils/db/db';
import { searchIds } from '@/utils/db/search-index';
import { t } from '@/utils/i18n';
import { useLiveQuery } from '@/components/ui/use-live-query';

interface Hit {
  entity: 'person' | 'company';
  id: string;
  name: string;
  sub: string;
}

async function search(q: string): Promise<Hit[]> {
  if (!q.trim()) return [];
  const db = getDb();
  const [personIds, companyIds] = await Promise.all([
    searchIds(db, 'person', q, 8),
    searchIds(db, 'company', q, 4),
  ]);
  const [people, companies] = await Promise.all([
    db.people.bulkGet(personIds),
    db.companies.bulkGet(companyIds),
  ]);
  const hits: Hit[] = [];
  for (const p of people) {
    if (p && p.deletedAt == null)
      hits.push({
        entity: 'person',
        id: p.id,
        name: p.displayName,
        sub: [p.title, p.companyName].filter(Boolean).join(' · '),
      });
  }
  for (const c of companies) {
    if (c && c.deletedAt == null)
      hits.push({ entity: 'company', id: c.id, name: c.name, sub: c.domains[0] ?? '' });
  }
  return hits;
}

export function dashboardUrl(path = ''): string {
  return browser.runtime.getURL(`/dashboard.html${path ? `#/${path}` : ''}`);
}

/** Instant search across everyone saved, from the token index: a result opens in the dashboard. */
export function QuickSearch() {
  const [q, setQ] = useState('');
  // The answer carries its query, so a slow answer for an earlier keystroke is never shown as this one's.
  const answer = useLiveQuery(async () => ({ q, hits: await search(q) }), [q]);
  const hits = answer?.hits;
  return (
    <section class="quick-search" aria-label={t('popup_search_label')}>
      <label class="visually-hidden" for="popup-search">
        {t('popup_search_label')}
      </label>
      <input
        id="popup-search"
        type="search"
        autoComplete="off"
        placeholder={t('popup_search_placeholder')}
        value={q}
        onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
      />
      {q.trim() && hits && (
        <>
          <p class="visually-hidden" role="status">
            {t('popup_search_results', hits.length)}
          </p>
          {hits.length === 0 ? (
            <p class="muted" data-query={answer?.q}>
              {t('popup_search_none')}
            </p>
          ) : (
            <ul class="hits" data-query={answer?.q}>
              {hits.map((h) => (
                <li key={`${h.entity}:${h.id}`}>
                  <a href={dashboardUrl(`${h.entity}/${h.id}`)} target="_blank" rel="noreferrer">
                    <span class="hit-name">{h.name}</span>
                    {h.sub && <span class="hit-sub">{h.sub}</span>}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

import { useMemo, useRef, useState } from 'preact/hooks';
import { createRecord } from '@/utils/db';
import { t } from '@/utils/i18n';
import { formatNumber, formatRelative } from '@/components/ui/format';
import { EmptyState, ErrorNote } from '@/components/ui/notice';
import { TagChip } from '@/components/ui/tag-chip';
import { VirtualList } from '@/components/ui/virtual-list';
import { useSettings } from '../../shared/settings';
import { companiesIndex, type CompanyRow, type CompanySort } from '../store/company-index';
import { NarrowingSearch } from '../store/narrowing';
import { useIndexVersion } from '../store/use-index';
import { withActor } from '../actions/actor';
import { withManual } from '../actions/person-draft';
import { navigate, type RouteProps } from '../router';

const ROW_HEIGHT = 52;
let remembered = { q: '', sort: 'name' as CompanySort };

export function CompaniesView(_props: RouteProps) {
  const index = companiesIndex().start();
  const version = useIndexVersion(index);
  const settings = useSettings();
  const [q, setQ] = useState(remembered.q);
  const [sort, setSort] = useState<CompanySort>(remembered.sort);
  const [adding, setAdding] = useState(false);
  remembered = { q, sort };

  const narrowing = useRef(new NarrowingSearch<CompanyRow>()).current;
  const results = useMemo(() => narrowing.run(index.sorted(sort), q), [version, q, sort]);
  const total = index.ready ? index.size : undefined;

  return (
    <section class="list-view" aria-labelledby="companies-title">
      <header class="view-head">
        <h1 id="companies-title" tabIndex={-1}>
          {t('dash_companies_title')}
        </h1>
        <button type="button" class="primary" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          {t('dash_add_company')}
        </button>
      </header>
      {adding && <AddCompany onDone={() => setAdding(false)} />}
      <div class="search-row">
        <label class="visually-hidden" for="companies-search">
          {t('dash_search_companies')}
        </label>
        <input
          id="companies-search"
          type="search"
          class="search"
          autoComplete="off"
          placeholder={t('dash_search_companies_placeholder')}
          value={q}
          onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
        />
        <label for="companies-sort">{t('dash_sort')}</label>
        <select
          id="companies-sort"
          value={sort}
          onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as CompanySort)}
        >
          <option value="name">{t('dash_sort_name')}</option>
          <option value="recent">{t('dash_sort_recent')}</option>
        </select>
      </div>
      <p class="count" role="status">
        {total === undefined
          ? t('common_loading')
          : q
            ? t('dash_companies_matching', formatNumber(results.length), formatNumber(total))
            : t('dash_companies_count', formatNumber(total))}
      </p>
      {total === 0 ? (
        <EmptyState title={t('dash_companies_empty_title')} body={t('dash_companies_empty_body')} />
      ) : total !== undefined && results.length === 0 ? (
        <EmptyState title={t('dash_no_match_title')} body={t('dash_no_match_body')} />
      ) : (
        <VirtualList
          class="companies-list"
          idPrefix="company-opt"
          label={t('dash_companies_list')}
          count={results.length}
          rowHeight={ROW_HEIGHT}
          resetKey={`${q}|${sort}`}
          renderRow={(i) => {
            const row = results[i];
            return row ? <CompanyRowView row={row} tagColors={settings?.tagColors ?? {}} /> : null;
          }}
          onActivate={(i) => {
            const row = results[i];
            if (row) navigate('company', row.id);
          }}
        />
      )}
    </section>
  );
}

function CompanyRowView({
  row,
  tagColors,
}: {
  row: CompanyRow;
  tagColors: Readonly<Record<string, string>>;
}) {
  return (
    <div class="row">
      <div class="row-main">
        <span class="row-name">{row.name}</span>
        <span class="row-sub">{[row.industry, row.domain].filter(Boolean).join(' · ') || '\u00a0'}</span>
      </div>
      <div class="row-tags">
        {row.tags.slice(0, 3).map((tag) => (
          <TagChip key={tag} tag={tag} color={tagColors[tag]} />
        ))}
      </div>
      <span class="row-when">{formatRelative(row.updatedAt)}</span>
    </div>
  );
}

function AddCompany({ onDone }: { onDone: () => void }) {
  const settings = useSettings();
  const [name, setName] = useState('');
  const [domain, setDomain] = useState('');
  const [error, setError] = useState<string>();
  async function submit(event: Event) {
    event.preventDefault();
    setError(undefined);
    try {
      const created = await withActor((db, actor) => {
        const domains = domain.trim() ? [domain.trim().toLowerCase()] : [];
        const fields = ['name', ...(domains.length ? ['domains'] : [])];
        return createRecord(
          db,
          'company',
          {
            name: name.trim(),
            domains,
            visibility: settings?.defaultVisibility ?? 'team',
            provenance: withManual({}, fields, actor.memberId, Date.now()),
          },
          actor,
        );
      });
      onDone();
      navigate('company', created.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <form class="panel inline-form" aria-label={t('dash_add_company')} onSubmit={(e) => void submit(e)}>
      <label for="new-company-name">{t('dash_company_name')}</label>
      <input
        id="new-company-name"
        required
        value={name}
        onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
      />
      <label for="new-company-domain">{t('dash_company_domain')}</label>
      <input
        id="new-company-domain"
        value={domain}
        placeholder="example.co.jp"
        onInput={(e) => setDomain((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" class="primary">
        {t('common_save')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}

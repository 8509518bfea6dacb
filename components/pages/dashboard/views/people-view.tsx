import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getDb, searchIds } from '@/utils/db';
import { t } from '@/utils/i18n';
import type { Status } from '@/utils/model';
import { EmptyState } from '@/components/ui/notice';
import { formatNumber } from '@/components/ui/format';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { VirtualList } from '@/components/ui/virtual-list';
import { STATUSES, statusLabel } from '../../shared/labels';
import { useMembers } from '../../shared/members';
import { useSettings } from '../../shared/settings';
import { peopleIndex, personRow, type PeopleIndex, type PersonRow } from '../store/people-index';
import { useSearch } from '../store/use-search';
import {
  EMPTY_QUERY,
  filterPeople,
  useInteractedSet,
  useKnownBySet,
  type LastInteraction,
  type PeopleQuery,
} from '../store/people-filters';
import { useIndexVersion } from '../store/use-index';
import { hasRoute, hrefTo, navigate, type RouteProps } from '../router';
import { PersonRowView } from './person-row';

const ROW_HEIGHT = 58;
/** The list remembers its query while the user visits a person and comes back. */
let remembered: PeopleQuery = EMPTY_QUERY;

export function PeopleView(_props: RouteProps) {
  const index = peopleIndex();
  const version = useIndexVersion(index);
  const [query, setQueryState] = useState<PeopleQuery>(remembered);
  const setQuery = (patch: Partial<PeopleQuery>) => setQueryState((q) => (remembered = { ...q, ...patch }));
  const knownBy = useKnownBySet(query.member);
  const interacted = useInteractedSet(query.last);
  const settings = useSettings();
  const members = useMembers();
  const preview = usePreview(index.ready ? null : query.q);
  useStartAfterFirstPaint(index, preview !== undefined);

  // Filters first (they change rarely), then the text, which reuses its earlier answers as you type.
  const { q, ...rest } = query;
  const restKey = JSON.stringify(rest);
  const narrowed = useMemo(
    () =>
      index.ready
        ? filterPeople(index.sorted(query.sort), { ...query, q: '' }, { knownBy, interacted })
        : null,
    [version, index.ready, restKey, knownBy, interacted],
  );
  const search = useSearch(narrowed, q);
  const results: readonly PersonRow[] = search ? search.rows : (preview ?? []);
  const scanning = search ? !search.done : false;
  const tags = useMemo(() => (index.ready ? tagCounts(index.sorted('recent')) : []), [version, index.ready]);
  const memberIds = useLiveQuery(() => getDb().relationships.orderBy('memberId').uniqueKeys(), []) ?? [];

  useResultMarks(results, q, index.ready, scanning);

  const total = index.ready ? index.size : undefined;
  const filtered = JSON.stringify({ ...query, sort: '' }) !== JSON.stringify({ ...EMPTY_QUERY, sort: '' });

  return (
    <section class="list-view" aria-labelledby="people-title">
      <header class="view-head">
        <h1 id="people-title" tabIndex={-1}>
          {t('dash_people_title')}
        </h1>
        <a class="btn primary" href={hrefTo('person', 'new')}>
          {t('dash_add_person')}
        </a>
      </header>
      <div class="search-row">
        <label class="visually-hidden" for="people-search">
          {t('dash_search_people')}
        </label>
        <input
          id="people-search"
          type="search"
          class="search"
          autoComplete="off"
          placeholder={t('dash_search_people_placeholder')}
          value={query.q}
          onInput={(e) => setQuery({ q: (e.currentTarget as HTMLInputElement).value })}
        />
      </div>
      <div class="filters" role="group" aria-label={t('dash_filters')}>
        <FilterSelect
          id="tag"
          label={t('dash_filter_tag')}
          value={query.tag}
          onValue={(tag) => setQuery({ tag })}
          choices={tags.map(([tag, n]) => ({ value: tag, label: `${tag} (${formatNumber(n)})` }))}
        />
        <FilterSelect
          id="status"
          label={t('dash_filter_status')}
          value={query.status}
          onValue={(status) => setQuery({ status: status as Status | '' })}
          choices={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        />
        <FilterSelect
          id="member"
          label={t('dash_filter_member')}
          value={query.member}
          onValue={(member) => setQuery({ member })}
          choices={memberIds.map((id) => ({ value: String(id), label: members.nameOf(String(id)) }))}
        />
        <div class="filter">
          <label for="filter-company">{t('dash_filter_company')}</label>
          <input
            id="filter-company"
            type="text"
            value={query.company}
            onInput={(e) => setQuery({ company: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
        <FilterSelect
          id="last"
          label={t('dash_filter_last')}
          value={query.last}
          onValue={(last) => setQuery({ last: last as LastInteraction })}
          choices={[
            { value: '30', label: t('dash_last_30') },
            { value: '90', label: t('dash_last_90') },
            { value: '365', label: t('dash_last_365') },
            { value: 'cold', label: t('dash_last_cold') },
          ]}
        />
        <div class="filter">
          <label for="people-sort">{t('dash_sort')}</label>
          <select
            id="people-sort"
            value={query.sort}
            onChange={(e) =>
              setQuery({ sort: (e.currentTarget as HTMLSelectElement).value as PeopleQuery['sort'] })
            }
          >
            <option value="recent">{t('dash_sort_recent')}</option>
            <option value="name">{t('dash_sort_name')}</option>
            <option value="company">{t('dash_sort_company')}</option>
          </select>
        </div>
        {filtered && (
          <button type="button" onClick={() => setQuery({ ...EMPTY_QUERY, sort: query.sort })}>
            {t('dash_clear_filters')}
          </button>
        )}
      </div>
      <p class="count" role="status">
        {total === undefined
          ? t('dash_loading_people')
          : scanning
            ? t('dash_people_matching_so_far', formatNumber(results.length))
            : filtered
              ? t('dash_people_matching', formatNumber(results.length), formatNumber(total))
              : t('dash_people_count', formatNumber(total))}
      </p>
      {total === 0 ? (
        <FirstRun />
      ) : results.length === 0 && index.ready ? (
        <EmptyState title={t('dash_no_match_title')} body={t('dash_no_match_body')}>
          <button type="button" onClick={() => setQuery({ ...EMPTY_QUERY, sort: query.sort })}>
            {t('dash_clear_filters')}
          </button>
        </EmptyState>
      ) : (
        <VirtualList
          class="people-list"
          idPrefix="person-opt"
          label={t('dash_people_list')}
          count={results.length}
          rowHeight={ROW_HEIGHT}
          resetKey={JSON.stringify(query)}
          renderRow={(i) => {
            const row = results[i];
            return row ? <PersonRowView row={row} tagColors={settings?.tagColors ?? {}} /> : null;
          }}
          onActivate={(i) => {
            const row = results[i];
            if (row) navigate('person', row.id);
          }}
        />
      )}
    </section>
  );
}

function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  choices: { value: string; label: string }[];
  onValue: (v: string) => void;
}) {
  const id = `filter-${props.id}`;
  return (
    <div class="filter">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) => props.onValue((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('dash_filter_any')}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function FirstRun() {
  return (
    <EmptyState title={t('dash_first_run_title')} body={t('dash_first_run_body')}>
      <a class="btn" href="https://www.linkedin.com/" target="_blank" rel="noreferrer">
        {t('dash_open_linkedin')}
      </a>
      {hasRoute('import') && (
        <a class="btn" href={hrefTo('import')}>
          {t('dash_import_connections')}
        </a>
      )}
      <a class="btn primary" href={hrefTo('person', 'new')}>
        {t('dash_add_person')}
      </a>
    </EmptyState>
  );
}

/** Tags in use, most used first. */
function tagCounts(rows: readonly PersonRow[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const tag of r.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Until the full index is in memory (about a second at 100,000 people), show the most recently
 * changed people, or search through the token index, straight from IndexedDB.
 */
function usePreview(q: string | null): PersonRow[] | undefined {
  return useLiveQuery(async () => {
    if (q === null) return undefined;
    const db = getDb();
    if (q.trim()) {
      const ids = await searchIds(db, 'person', q, 200);
      const people = await db.people.bulkGet(ids);
      return people.filter((p) => p && p.deletedAt == null).map((p) => personRow(p!, []));
    }
    const recent = await db.people
      .orderBy('updatedAt')
      .reverse()
      .filter((p) => p.deletedAt == null)
      .limit(100)
      .toArray();
    return recent.map((p) => personRow(p, []));
  }, [q]);
}

/**
 * Load the whole index only once the first rows are on screen (or after a moment), so the list
 * paints from a small IndexedDB read before the big one starts.
 */
function useStartAfterFirstPaint(index: PeopleIndex, previewShown: boolean) {
  useEffect(() => {
    if (previewShown) {
      index.start();
      return;
    }
    const timer = setTimeout(() => index.start(), 400);
    return () => clearTimeout(timer);
  }, [index, previewShown]);
}

/** Performance marks for the benchmarks: first rows on screen, and results for each query. */
function useResultMarks(results: readonly PersonRow[], q: string, ready: boolean, scanning: boolean) {
  const first = useRef(false);
  useEffect(() => {
    if (!first.current && results.length > 0) {
      first.current = true;
      performance.mark('meishi:first-rows');
    }
    if (ready) performance.mark('meishi:results', { detail: q });
  }, [results, q, ready]);
  useEffect(() => {
    if (ready && !scanning) performance.mark('meishi:results-done', { detail: q });
  }, [q, ready, scanning]);
}

import { getDb } from '@/utils/db';
import type { Status } from '@/utils/model';
import { useLiveQuery } from '@/components/ui/use-live-query';
import { normalizeForSearch } from '@/utils/db/search-index';
import { compileQuery } from './match';
import { companyKey, type PersonRow } from './people-index';

export type LastInteraction = '' | '30' | '90' | '365' | 'cold';

export interface PeopleQuery {
  q: string;
  tag: string;
  status: Status | '';
  /** Teammate who knows them. */
  member: string;
  company: string;
  last: LastInteraction;
  sort: 'recent' | 'name' | 'company';
}

export const EMPTY_QUERY: PeopleQuery = {
  q: '',
  tag: '',
  status: '',
  member: '',
  company: '',
  last: '',
  sort: 'recent',
};

const DAY = 86_400_000;

/** People known by a teammate: a look-up on the relationships' memberId index, live. */
export function useKnownBySet(member: string): Set<string> | undefined {
  return useLiveQuery(async () => {
    if (!member) return undefined;
    const rels = await getDb().relationships.where('memberId').equals(member).toArray();
    return new Set(rels.filter((r) => r.deletedAt == null).map((r) => r.personId));
  }, [member]);
}

/** People with an interaction in the window ('cold' reads the last year and inverts). */
export function useInteractedSet(last: LastInteraction): Set<string> | undefined {
  return useLiveQuery(async () => {
    if (!last) return undefined;
    const days = last === 'cold' ? 365 : Number(last);
    const since = Date.now() - days * DAY;
    const recent = await getDb().interactions.where('at').aboveOrEqual(since).toArray();
    return new Set(recent.filter((i) => i.deletedAt == null).flatMap((i) => i.personIds));
  }, [last]);
}

export interface FilterSets {
  knownBy: Set<string> | undefined;
  interacted: Set<string> | undefined;
}

/** Apply the query to rows already in the chosen order; filtering keeps that order. */
export function filterPeople(
  rows: readonly PersonRow[],
  query: PeopleQuery,
  sets: FilterSets,
): readonly PersonRow[] {
  const test = compileQuery(query.q);
  const company = query.company.trim() ? normalizeForSearch(query.company.trim()) : '';
  const { knownBy, interacted } = sets;
  const cold = query.last === 'cold';
  const active =
    test || query.tag || query.status || company || (query.member && knownBy) || (query.last && interacted);
  if (!active) return rows;
  return rows.filter(
    (r) =>
      (!test || test(r.hay)) &&
      (!query.tag || r.tags.includes(query.tag)) &&
      (!query.status || r.status === query.status) &&
      (!company || companyKey(r).includes(company)) &&
      (!query.member || !knownBy || knownBy.has(r.id)) &&
      (!query.last || !interacted || interacted.has(r.id) !== cold),
  );
}

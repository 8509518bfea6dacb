import type { Candidate } from '@/utils/model';
import { badgeString, type BadgeLang } from './badge-strings';

/** What the look-up says about one candidate (the `lookup` reply's row). */
export interface BadgeInfo {
  state: 'new' | 'saved' | 'known';
  personId?: string;
  companyId?: string;
  mine: boolean;
  knownBy: { memberId: string; name: string; initials: string }[];
}

/** The badge's accessible name, which is also its tooltip. */
export function badgeLabel(lang: BadgeLang, c: Pick<Candidate, 'kind' | 'name'>, info: BadgeInfo): string {
  const n = info.knownBy.length;
  if (c.kind === 'company') {
    if (info.state === 'known') return badgeString(lang, 'companyKnown', c.name, n);
    return badgeString(lang, info.state === 'saved' ? 'companySaved' : 'companyNew', c.name);
  }
  if (info.state === 'known') {
    const closest = info.knownBy[0]?.name ?? '';
    return n === 1
      ? badgeString(lang, 'knownOne', c.name, closest)
      : badgeString(lang, 'known', c.name, n, closest);
  }
  return badgeString(lang, info.state === 'saved' ? 'saved' : 'new', c.name);
}

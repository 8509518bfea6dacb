import type { NameOrder } from '@/utils/model';

export interface NameParts {
  displayName: string;
  givenName?: string;
  familyName?: string;
  nameOrder?: NameOrder;
}

/** A name in the order its culture writes it: 山田 太郎, Taro Yamada. */
export function fullName(p: NameParts): string {
  if (p.givenName && p.familyName) {
    return p.nameOrder === 'family-first'
      ? `${p.familyName} ${p.givenName}`
      : `${p.givenName} ${p.familyName}`;
  }
  return p.displayName;
}

import type { NameOrder, Person, SourceKind, Status, Visibility } from '@/utils/model';
import type { StrengthBand, StrengthReason } from '@/utils/relationship/strength';

/**
 * What the background tells the in-page UI. These are replies, not stored records: they are built
 * from the records the viewer may see, so a `signal` record arrives here already stripped to a name
 * and a company, and a teammate's `private` record never arrives at all.
 */

/** Where one value came from, shown on hover. */
export interface SourceView {
  source: SourceKind;
  /** The host it was found on, never the full URL (a path can carry private ids). */
  host?: string;
  at?: number;
}

/** How much of a record the viewer may see. */
export type Access = 'full' | 'signal';

export interface PersonView {
  id: string;
  access: Access;
  displayName: string;
  givenName?: string;
  familyName?: string;
  nameOrder: NameOrder;
  title?: string;
  companyName?: string;
  location?: string;
  emails: string[];
  phones: string[];
  links: Person['links'];
  tags: string[];
  status: Status;
  visibility: Visibility;
  /** Field name → its sources, newest last. */
  sources: Record<string, SourceView[]>;
}

/** One teammate who knows the person, as the viewer may see it. */
export type TeamLine =
  | {
      kind: 'full';
      memberId: string;
      name: string;
      initials: string;
      score: number;
      band: StrengthBand;
      reasons: StrengthReason[];
      how?: string;
      happyToIntroduce: boolean;
    }
  | {
      /** "Aiko knows someone by this name at Acme": no evidence, no strength. */
      kind: 'signal';
      memberId: string;
      name: string;
      initials: string;
    };

/** The viewer's own tie with the person. */
export interface MyTie {
  how?: string;
  where?: string;
  metAt?: number;
  score: number;
  band: StrengthBand;
  reasons: StrengthReason[];
}

export interface SaveDefaults {
  visibility: Visibility;
  status: Status;
}

export interface PersonCardView {
  /** The saved person this candidate is, when there is one the viewer may see. */
  person?: PersonView;
  /** 'hard': same email, phone or LinkedIn; 'soft': same name at the same company. */
  matchedBy?: 'hard' | 'soft';
  mine?: MyTie;
  /** Teammates who know them, strongest first (signal lines last). */
  team: TeamLine[];
  defaults: SaveDefaults;
}

export interface CompanyView {
  id: string;
  access: Access;
  name: string;
  domains: string[];
  website?: string;
  linkedin?: string;
  tags: string[];
  status: Status;
  visibility: Visibility;
}

export interface WarmPerson {
  personId: string;
  access: Access;
  displayName: string;
  nameOrder: NameOrder;
  title?: string;
  /** Teammates (and the viewer) who know them, strongest first. */
  knownBy: TeamLine[];
  mine: boolean;
}

export interface CompanyCardView {
  company?: CompanyView;
  /** "the team knows N people at Acme". */
  count: number;
  people: WarmPerson[];
  defaults: SaveDefaults;
}

import type { Person } from '@/utils/model';

/** The person fields the exporters write; a stored Person and an ImportedPerson both fit. */
export type PersonForExport = Pick<Person, 'displayName' | 'emails' | 'phones' | 'links' | 'tags'> &
  Partial<
    Pick<
      Person,
      | 'givenName'
      | 'familyName'
      | 'givenNamePhonetic'
      | 'familyNamePhonetic'
      | 'nameOrder'
      | 'title'
      | 'companyName'
      | 'location'
      | 'photoUrl'
      | 'notes'
    >
  >;

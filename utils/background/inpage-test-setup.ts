import { createRecord, setDbForTests, MeishiDb } from '@/utils/db';
import type { CandidateInput, Visibility } from '@/utils/model';
import { CandidateSchema } from '@/utils/model';

/** A fresh store where "me" and three teammates have records, as sync would have left them. */
export async function teamStore(): Promise<MeishiDb> {
  const db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
  setDbForTests(db);
  await db.meta.put({ key: 'memberId', value: 'me' });
  await db.meta.put({
    key: 'members',
    value: [
      { id: 'me', name: 'Mia Sato' },
      { id: 'aiko', name: 'Aiko Kato' },
      { id: 'ben', name: 'Ben Ito' },
      { id: 'chie', name: 'Chie Mori' },
    ],
  });
  return db;
}

export const as = (memberId: string) => ({ memberId, region: 'JP' });

export function candidate(input: Partial<CandidateInput> = {}) {
  return CandidateSchema.parse({
    kind: 'person',
    name: 'Taro Yamada',
    company: 'Acme',
    emails: ['taro@acme.example'],
    links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/taro-yamada' }],
    sources: [
      { field: 'name', source: 'linkedin-profile' },
      { field: 'emails', source: 'linkedin-profile' },
    ],
    confidence: 0.9,
    url: 'https://www.linkedin.com/in/taro-yamada/',
    ...input,
  });
}

export async function savedPerson(
  db: MeishiDb,
  by: string,
  visibility: Visibility = 'team',
  extra: Record<string, unknown> = {},
) {
  return createRecord(
    db,
    'person',
    {
      displayName: 'Taro Yamada',
      companyName: 'Acme',
      emails: [{ value: 'taro@acme.example' }],
      links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/taro-yamada' }],
      visibility,
      ...extra,
    },
    as(by),
  );
}

export async function knows(
  db: MeishiDb,
  memberId: string,
  personId: string,
  visibility: Visibility = 'team',
  extra: Record<string, unknown> = {},
) {
  return createRecord(db, 'relationship', { memberId, personId, visibility, ...extra }, as(memberId));
}

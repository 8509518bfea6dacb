import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, setDbForTests, type MeishiDb } from '@/utils/db';
import { CandidateSchema } from '@/utils/model';
import { companyCard } from './company-card';
import { as, candidate, knows, savedPerson, teamStore } from './inpage-test-setup';
import { lookup } from './lookup';
import { saveCompany } from './save-company';

let db: MeishiDb;
beforeEach(async () => {
  db = await teamStore();
});
afterEach(() => setDbForTests(undefined));

const acme = CandidateSchema.parse({
  kind: 'company',
  name: 'Acme Corporation',
  links: [{ kind: 'website', url: 'https://acme.example/' }],
  sources: [{ field: 'name', source: 'json-ld' }],
  confidence: 0.9,
  url: 'https://acme.example/about',
});

describe('lookup', () => {
  it('answers a whole result list in one call: new, saved and known', async () => {
    const saved = await savedPerson(db, 'me', 'team', {
      displayName: 'Hanako Suzuki',
      emails: [{ value: 'hanako@acme.example' }],
      links: [],
    });
    await knows(db, 'me', saved.id);
    const known = await savedPerson(db, 'aiko');
    await knows(db, 'aiko', known.id);
    await knows(db, 'ben', known.id, 'signal');
    await knows(db, 'chie', known.id, 'private');
    const list = [
      candidate(),
      candidate({ name: 'Hanako Suzuki', emails: ['hanako@acme.example'], links: [] }),
      ...Array.from({ length: 23 }, (_, i) =>
        candidate({ name: `Person ${i}`, emails: [`p${i}@else.example`], links: [] }),
      ),
    ];
    const { results } = await lookup({ candidates: list });
    expect(results).toHaveLength(25);
    expect(results[0]).toMatchObject({ state: 'known', personId: known.id, mine: false });
    expect(results[0]!.knownBy.map((k) => k.memberId)).toEqual(['aiko', 'ben']);
    expect(results[1]).toMatchObject({ state: 'saved', personId: saved.id, mine: true, knownBy: [] });
    expect(results.slice(2).every((r) => r.state === 'new')).toBe(true);
  });

  it('calls a company known when the team knows people there', async () => {
    const p = await savedPerson(db, 'aiko', 'team', { companyName: 'ACME Corp.' });
    await knows(db, 'aiko', p.id);
    const { results } = await lookup({ candidates: [acme] });
    expect(results[0]).toMatchObject({ state: 'known', knownBy: [{ memberId: 'aiko', initials: 'AK' }] });
  });
});

describe('companyCard and saveCompany', () => {
  it('lists who the team knows at a company, strongest first, and saves the company once', async () => {
    const taro = await savedPerson(db, 'aiko', 'team', { companyName: 'ACME Corp.', title: 'CTO' });
    await knows(db, 'aiko', taro.id, 'team', { override: 'close' });
    const hana = await savedPerson(db, 'ben', 'team', {
      displayName: '鈴木 花子',
      nameOrder: 'family-first',
      companyName: 'Acme',
      emails: [{ value: 'hana@acme.example' }],
      links: [],
    });
    await knows(db, 'ben', hana.id, 'team', { override: 'met-once' });
    const hidden = await savedPerson(db, 'chie', 'private', {
      displayName: 'Secret Person',
      emails: [{ value: 's@acme.example' }],
      links: [],
    });
    await knows(db, 'chie', hidden.id, 'private');
    await savedPerson(db, 'aiko', 'team', {
      displayName: 'Else',
      companyName: 'Other Inc',
      emails: [],
      links: [],
    });

    const before = await companyCard({ candidate: acme });
    expect(before.company).toBeUndefined();
    expect(before.count).toBe(2);
    expect(before.people.map((p) => p.displayName)).toEqual(['Taro Yamada', '鈴木 花子']);
    expect(before.people[0]!.title).toBe('CTO');
    expect(JSON.stringify(before)).not.toContain('Secret');

    const first = await saveCompany({ candidate: acme, tags: ['prospect'] });
    expect(first.created).toBe(true);
    const again = await saveCompany({ candidate: acme, tags: ['expo'] });
    expect(again).toEqual({ companyId: first.companyId, created: false });
    const stored = await db.companies.get(first.companyId);
    expect(stored?.domains).toEqual(['acme.example']);
    expect(stored?.tags).toEqual(['prospect', 'expo']);

    const after = await companyCard({ candidate: acme });
    expect(after.company?.id).toBe(first.companyId);
    expect(after.count).toBe(2);
  });

  it('refuses to save a person as a company', async () => {
    await expect(saveCompany({ candidate: candidate(), tags: [] })).rejects.toThrow(/not a company/);
  });

  it('does not count interactions the viewer may not see', async () => {
    const p = await savedPerson(db, 'aiko');
    await knows(db, 'aiko', p.id);
    await createRecord(
      db,
      'interaction',
      { memberId: 'aiko', personIds: [p.id], kind: 'meeting', at: Date.now(), visibility: 'private' },
      as('aiko'),
    );
    const card = await companyCard({ candidate: acme });
    const line = card.people[0]!.knownBy[0]!;
    expect(line.kind === 'full' && line.reasons.map((r) => r.kind)).toEqual(['no-contact']);
  });
});

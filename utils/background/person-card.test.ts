import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, setDbForTests, type MeishiDb } from '@/utils/db';
import { as, candidate, knows, savedPerson, teamStore } from './inpage-test-setup';
import { personCard } from './person-card';

const DAY = 86_400_000;
let db: MeishiDb;
beforeEach(async () => {
  db = await teamStore();
});
afterEach(() => setDbForTests(undefined));

describe('personCard', () => {
  it('says nothing is known about a new person, with the default visibility', async () => {
    const card = await personCard({ candidate: candidate() });
    expect(card.person).toBeUndefined();
    expect(card.team).toEqual([]);
    expect(card.defaults.visibility).toBe('team');
  });

  it('ranks teammates by strength and explains each with evidence', async () => {
    const p = await savedPerson(db, 'aiko');
    await knows(db, 'aiko', p.id, 'team', { metAt: Date.now() - 200 * DAY, where: 'Tokyo Expo' });
    await knows(db, 'ben', p.id, 'team');
    for (let i = 0; i < 4; i++) {
      await createRecord(
        db,
        'interaction',
        { memberId: 'aiko', personIds: [p.id], kind: 'email', at: Date.now() - (14 + i) * DAY },
        as('aiko'),
      );
    }
    const card = await personCard({ candidate: candidate() });
    expect(card.person?.id).toBe(p.id);
    expect(card.matchedBy).toBe('hard');
    expect(card.team.map((l) => l.name)).toEqual(['Aiko Kato', 'Ben Ito']);
    const first = card.team[0]!;
    expect(first.kind).toBe('full');
    if (first.kind !== 'full') throw new Error('expected a full line');
    expect(first.initials).toBe('AK');
    expect(first.reasons.map((r) => r.kind)).toEqual(['contact', 'met']);
    expect(first.score).toBeGreaterThan(0);
  });

  it('shows a signal relationship as a name only, and a private one not at all', async () => {
    const p = await savedPerson(db, 'aiko');
    await knows(db, 'ben', p.id, 'signal', { how: 'golf with his boss', where: 'Karuizawa' });
    await knows(db, 'chie', p.id, 'private', { how: 'secret deal' });
    const card = await personCard({ candidate: candidate() });
    expect(card.team).toEqual([{ kind: 'signal', memberId: 'ben', name: 'Ben Ito', initials: 'BI' }]);
    expect(JSON.stringify(card)).not.toMatch(/golf|Karuizawa|Chie|secret/);
  });

  it('strips a teammate’s signal card to a name and a company', async () => {
    const p = await savedPerson(db, 'aiko', 'signal', { title: 'CFO', phones: [{ raw: '03-1234-5678' }] });
    await knows(db, 'aiko', p.id, 'team', { how: 'board meeting' });
    const card = await personCard({ candidate: candidate({ emails: [], links: [] }) });
    expect(card.person?.access).toBe('signal');
    expect(card.matchedBy).toBe('soft');
    expect(card.person?.emails).toEqual([]);
    expect(card.person?.title).toBeUndefined();
    // What is said about a glimpsed person is a glimpse too.
    expect(card.team).toEqual([{ kind: 'signal', memberId: 'aiko', name: 'Aiko Kato', initials: 'AK' }]);
    expect(JSON.stringify(card)).not.toMatch(/CFO|1234|board meeting|taro@/);
  });

  it('never shows a teammate’s private card', async () => {
    await savedPerson(db, 'chie', 'private');
    const card = await personCard({ candidate: candidate() });
    expect(card.person).toBeUndefined();
  });

  it('shows my own tie apart from the team, and my private card whole', async () => {
    const p = await savedPerson(db, 'me', 'private');
    await knows(db, 'me', p.id, 'private', { how: 'found on linkedin.com', metAt: Date.now() });
    const card = await personCard({ personId: p.id });
    expect(card.person?.access).toBe('full');
    expect(card.person?.emails).toEqual(['taro@acme.example']);
    expect(card.mine?.how).toBe('found on linkedin.com');
    expect(card.team).toEqual([]);
  });

  it('gives each field its sources, by host only', async () => {
    const p = await savedPerson(db, 'me', 'team', {
      provenance: {
        emails: [
          { source: 'linkedin-profile', url: 'https://www.linkedin.com/in/x?token=1', at: 5, confidence: 1 },
        ],
      },
    });
    const card = await personCard({ personId: p.id });
    expect(card.person?.sources.emails).toEqual([
      { source: 'linkedin-profile', host: 'linkedin.com', at: 5 },
    ]);
  });
});

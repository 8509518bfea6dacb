import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, setDbForTests, type MeishiDb } from '@/utils/db';
import { as, knows, teamStore } from './inpage-test-setup';
import { warmMapFor } from './intro-warm-map';

const DAY = 86_400_000;
const NOW = Date.now();
let db: MeishiDb;
beforeEach(async () => {
  db = await teamStore();
});
afterEach(() => setDbForTests(undefined));

async function person(name: string, by: string, visibility: 'team' | 'private' = 'team') {
  return (
    await createRecord(db, 'person', { displayName: name, companyName: 'Acme Robotics', visibility }, as(by))
  ).id;
}
async function meeting(
  memberId: string,
  personId: string,
  daysAgo: number,
  visibility: 'team' | 'private' = 'team',
) {
  await createRecord(
    db,
    'interaction',
    { memberId, personIds: [personId], kind: 'meeting', at: NOW - daysAgo * DAY, visibility },
    as(memberId),
  );
}

describe('a company’s warm map, as I may see it', () => {
  it('lists everyone the team knows there, warmest first, with the strongest path to each', async () => {
    const wei = await person('Wei Chen', 'aiko');
    const omar = await person('Omar Kowalski', 'ben');
    const secret = await person('Sam Secret', 'chie', 'private');
    await knows(db, 'aiko', wei);
    await meeting('aiko', wei, 2);
    await meeting('aiko', wei, 9);
    await knows(db, 'ben', wei);
    await meeting('ben', wei, 200);
    await knows(db, 'ben', omar);
    await meeting('ben', omar, 30);
    await knows(db, 'chie', secret, 'private');
    await meeting('chie', secret, 1, 'private');
    // Chie's private tie with Wei counts for nothing here.
    await knows(db, 'chie', wei, 'private');
    await meeting('chie', wei, 1, 'private');

    const map = await warmMapFor(
      db,
      { id: '01900000-0000-7000-8000-0000000000c1', name: 'ACME Robotics' },
      {
        me: 'me',
        names: new Map([
          ['aiko', 'Aiko Kato'],
          ['ben', 'Ben Ito'],
        ]),
        halfLifeDays: 180,
        now: NOW,
      },
    );
    expect(map.map((e) => [e.displayName, e.best.name, e.others.map((o) => o.name)])).toEqual([
      ['Wei Chen', 'Aiko Kato', ['Ben Ito']],
      ['Omar Kowalski', 'Ben Ito', []],
    ]);
    expect(map[0]?.best.reasons[0]).toMatchObject({ kind: 'knows-target' });
    expect(JSON.stringify(map)).not.toContain('Sam Secret');
  });
});

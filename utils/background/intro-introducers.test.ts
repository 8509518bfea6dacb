import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecord, setDbForTests, type MeishiDb } from '@/utils/db';
import { as, knows, savedPerson, teamStore } from './inpage-test-setup';
import { askIntroFromPage } from './intro-ask';
import { introducers } from './intro-introducers';

const DAY = 86_400_000;
let db: MeishiDb;
beforeEach(async () => {
  db = await teamStore();
});
afterEach(() => setDbForTests(undefined));

async function met(
  memberId: string,
  personId: string,
  kind: 'meeting' | 'email',
  daysAgo: number,
  visibility: 'team' | 'private' = 'team',
) {
  await createRecord(
    db,
    'interaction',
    { memberId, personIds: [personId], kind, at: Date.now() - daysAgo * DAY, visibility },
    as(memberId),
  );
}

describe('who could introduce me, as I may see it', () => {
  it('ranks teammates by their explained path, never me, and lists glimpses last', async () => {
    const taro = await savedPerson(db, 'aiko');
    await knows(db, 'aiko', taro.id);
    await met('aiko', taro.id, 'meeting', 3);
    await met('aiko', taro.id, 'email', 10);
    await knows(db, 'ben', taro.id, 'team', { happyToIntroduce: true });
    await met('ben', taro.id, 'email', 40);
    await knows(db, 'chie', taro.id, 'signal', { how: 'golf' });
    await knows(db, 'me', taro.id);
    await met('me', taro.id, 'meeting', 1);
    const reply = await introducers({ personId: taro.id });
    expect(reply.me).toEqual({ memberId: 'me', name: 'Mia Sato' });
    expect(reply.target).toMatchObject({
      personId: taro.id,
      displayName: 'Taro Yamada',
      companyName: 'Acme',
    });
    expect(reply.introducers.map((i) => [i.kind, i.memberId])).toEqual([
      ['path', 'aiko'],
      ['path', 'ben'],
      ['signal', 'chie'],
    ]);
    const aiko = reply.introducers[0];
    if (aiko?.kind !== 'path') throw new Error('expected a path');
    expect(aiko).toMatchObject({ name: 'Aiko Kato', degree: 1, happyToIntroduce: false });
    expect(aiko.reasons[0]).toMatchObject({ kind: 'knows-target' });
    expect(aiko.reasons.map((r) => r.kind)).toContain('no-intro-history');
    // A glimpse carries no evidence at all.
    expect(JSON.stringify(reply)).not.toContain('golf');
  });

  it('finds a second-degree path through a colleague at the same company', async () => {
    const taro = await savedPerson(db, 'me');
    const hanako = await createRecord(
      db,
      'person',
      { displayName: 'Hanako Ito', companyName: 'ACME', visibility: 'team' },
      as('ben'),
    );
    await knows(db, 'ben', hanako.id);
    await met('ben', hanako.id, 'meeting', 5);
    const reply = await introducers({ personId: taro.id });
    expect(reply.introducers).toEqual([
      expect.objectContaining({ kind: 'path', memberId: 'ben', degree: 2, viaName: 'Hanako Ito' }),
    ]);
    // Ben may be asked through that path.
    const { introRequestId } = await askIntroFromPage({
      personId: taro.id,
      introducerId: 'ben',
      message: 'Hi',
    });
    expect((await db.introRequests.get(introRequestId))?.introducerId).toBe('ben');
    await expect(
      askIntroFromPage({ personId: taro.id, introducerId: 'ben', message: 'Again' }),
    ).rejects.toThrow(/already asked/);
    expect((await introducers({ personId: taro.id })).open).toEqual([
      { introRequestId, introducerId: 'ben', status: 'asked' },
    ]);
  });

  it('counts nothing a teammate keeps private, and offers a saved card with no contact as “knows them”', async () => {
    const taro = await savedPerson(db, 'aiko');
    await knows(db, 'aiko', taro.id, 'team', { how: 'found on linkedin.com' });
    await knows(db, 'chie', taro.id, 'private');
    await met('chie', taro.id, 'meeting', 1, 'private');
    const reply = await introducers({ personId: taro.id });
    expect(reply.introducers).toEqual([
      { kind: 'known', memberId: 'aiko', name: 'Aiko Kato', how: 'found on linkedin.com' },
    ]);
    await expect(askIntroFromPage({ personId: taro.id, introducerId: 'chie', message: 'x' })).rejects.toThrow(
      /not known/,
    );
    const hidden = await savedPerson(db, 'chie', 'private');
    await expect(introducers({ personId: hidden.id })).rejects.toThrow(/not saved/);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createRecord, MeishiDb } from '@/utils/db';
import { importContacts } from '@/utils/io';
import { matchRows, peopleByKey } from './import-match';

const actor = { memberId: 'local', region: 'JP' };
let db: MeishiDb;

beforeEach(async () => {
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
});

describe('peopleByKey', () => {
  it('finds the people holding each key, whether it reads the whole table or asks key by key', async () => {
    const ann = await createRecord(
      db,
      'person',
      { displayName: 'Ann', emails: [{ value: 'ann@x.com' }] },
      actor,
    );
    const bo = await createRecord(
      db,
      'person',
      { displayName: 'Bo', emails: [{ value: 'bo@x.com' }], phones: [{ raw: '03-1234-5678' }] },
      actor,
    );
    for (let i = 0; i < 12; i += 1) {
      await createRecord(db, 'person', { displayName: `P${i}`, emails: [{ value: `p${i}@x.com` }] }, actor);
    }
    await createRecord(db, 'company', { name: 'Acme', domains: ['x.com'] }, actor);
    const small = await peopleByKey(db, ['email:ann@x.com', 'phone:+81312345678', 'email:nobody@x.com']);
    expect(Object.fromEntries(small)).toEqual({ 'email:ann@x.com': [ann.id], 'phone:+81312345678': [bo.id] });
    const wanted = ['email:ann@x.com', 'email:bo@x.com', 'phone:+81312345678', 'web:x.com'];
    for (let i = 0; i < 12; i += 1) wanted.push(`email:nobody${i}@x.com`);
    const whole = await peopleByKey(db, wanted);
    expect(Object.fromEntries(whole)).toEqual({
      'email:ann@x.com': [ann.id],
      'email:bo@x.com': [bo.id],
      'phone:+81312345678': [bo.id],
    });
    expect((await peopleByKey(db, [])).size).toBe(0);
  });

  it('classifies rows for the preview: new, already here, repeated in the file', async () => {
    await createRecord(db, 'person', { displayName: 'Ann', emails: [{ value: 'ann@x.com' }] }, actor);
    const csv = 'Name,Email\nAnn Lee,ANN@x.com\nBo,bo@x.com\nBo again,bo@x.com\nCy,cy@x.com\n';
    const { records } = importContacts(csv, 'people.csv');
    const match = await matchRows(db, records, 'JP', 2);
    expect(match.target).toEqual(['existing', 'new', 'repeat', 'new']);
    expect(match.counts).toEqual({ new: 2, existing: 1, repeat: 1 });
    expect(match.keys[1]).toEqual(['email:bo@x.com']);
  });
});

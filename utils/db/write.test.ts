import { beforeEach, describe, expect, it } from 'vitest';
import { MeishiDb } from './db';
import { ValidationError } from './errors';
import { findByKeys } from './keys';
import { searchIds } from './search-index';
import { createRecord, restoreRecord, trashRecord, updateRecord } from './write';

const actor = { memberId: 'local', region: 'JP' };
let db: MeishiDb;

beforeEach(async () => {
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
});

describe('the write path', () => {
  it('writes the record, its keys, search tokens, stamps and outbox entry together', async () => {
    const p = await createRecord(
      db,
      'person',
      {
        displayName: '山田 太郎',
        familyName: '山田',
        givenName: '太郎',
        familyNamePhonetic: 'ヤマダ',
        nameOrder: 'family-first',
        companyName: '株式会社サンプル',
        emails: [{ value: 'Taro.Yamada+news@Example.co.jp' }],
        phones: [{ raw: '03-1234-5678' }],
      },
      actor,
    );
    expect(p.createdBy).toBe('local');
    expect(await db.people.count()).toBe(1);
    const hits = await findByKeys(db, ['email:taro.yamada@example.co.jp', 'phone:+81312345678']);
    expect([...hits.values()][0]?.matched.sort()).toEqual([
      'email:taro.yamada@example.co.jp',
      'phone:+81312345678',
    ]);
    expect(await searchIds(db, 'person', 'やまだ')).toEqual([p.id]);
    expect(await searchIds(db, 'person', '太郎')).toEqual([p.id]);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.mutation.op).toBe('put');
    expect(Object.keys(outbox[0]?.mutation.fields ?? {})).toContain('displayName');
    const stamps = await db.stamps.get(`person:${p.id}`);
    expect(stamps?.pending.displayName).toBe(outbox[0]?.mutation.hlc);
  });

  it('changes nothing when validation fails, and names the field', async () => {
    const err = await createRecord(db, 'person', { displayName: '  ' }, actor).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues[0]?.path).toBe('displayName');
    expect(await db.people.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.keys.count()).toBe(0);
  });

  it('patches only changed fields and stamps them in increasing order', async () => {
    const p = await createRecord(db, 'person', { displayName: 'Ann Lee' }, actor);
    await updateRecord(db, 'person', p.id, { title: 'CTO' }, actor);
    const [put, patch] = await db.outbox.toArray();
    expect(Object.keys(patch?.mutation.fields ?? {}).sort()).toEqual(['title', 'updatedAt']);
    expect(patch!.mutation.hlc > put!.mutation.hlc).toBe(true);
  });

  it('trash removes keys and search tokens; restore brings them back', async () => {
    const p = await createRecord(
      db,
      'person',
      { displayName: 'Ann Lee', emails: [{ value: 'ann@acme.com' }] },
      actor,
    );
    await trashRecord(db, 'person', p.id, actor);
    expect((await db.people.get(p.id))?.deletedAt).toBeTypeOf('number');
    expect((await findByKeys(db, ['email:ann@acme.com'])).size).toBe(0);
    expect(await searchIds(db, 'person', 'ann')).toEqual([]);
    await restoreRecord(db, 'person', p.id, actor);
    expect((await findByKeys(db, ['email:ann@acme.com'])).size).toBe(1);
    expect((await db.outbox.toArray()).map((o) => o.mutation.op)).toEqual(['put', 'delete', 'restore']);
  });
});

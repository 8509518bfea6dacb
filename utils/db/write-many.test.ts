import Dexie, { RangeSet, cmp, type ObservabilitySet } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { newId } from '@/utils/model';
import { MeishiDb } from './db';
import { ValidationError } from './errors';
import { findByKeys } from './keys';
import { searchIds } from './search-index';
import { createRecord, trashRecord, updateRecord } from './write';
import { writeMany } from './write-many';

const actor = { memberId: 'local', region: 'JP' };
let db: MeishiDb;

beforeEach(async () => {
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
});

const yamada = {
  displayName: '山田 太郎',
  familyName: '山田',
  givenName: '太郎',
  companyName: '株式会社サンプル',
  emails: [{ value: 'taro@example.co.jp' }],
  phones: [{ raw: '03-1234-5678' }],
};

/** Everything the write path leaves behind for one record, with the volatile parts blanked. */
async function footprint(d: MeishiDb, id: string) {
  const person = await d.people.get(id);
  const keys = await d.keys.get(`person:${id}`);
  const search = await d.search.get(`person:${id}`);
  const stamps = await d.stamps.get(`person:${id}`);
  const outbox = (await d.outbox.toArray()).filter((o) => o.mutation.entityId === id);
  const blank = (s: Record<string, string>) => Object.fromEntries(Object.keys(s).map((k) => [k, 'hlc']));
  return {
    person: { ...person, createdAt: 0, updatedAt: 0 },
    keys,
    search,
    stampFields: stamps && Object.keys(blank(stamps.stamps)).sort(),
    pendingFields: stamps && Object.keys(stamps.pending).sort(),
    baseFields: stamps?.base && Object.keys(stamps.base).sort(),
    outbox: outbox.map((o) => ({ op: o.mutation.op, fields: Object.keys(o.mutation.fields).sort() })),
  };
}

describe('writeMany', () => {
  it('leaves the same rows, keys, search tokens, stamps and outbox as the single-record path', async () => {
    const id = newId();
    const other = new MeishiDb(`test-${Math.random()}`);
    await other.open();
    // One clock for both, so updatedAt moves the same way in one batch and in three calls.
    db.clock = other.clock = () => 1_764_000_000_000;
    await createRecord(other, 'person', { ...yamada, id }, actor);
    await updateRecord(other, 'person', id, { title: 'CTO' }, actor);
    await trashRecord(other, 'person', id, actor);

    await writeMany(
      db,
      [
        [{ kind: 'create', entity: 'person', input: { ...yamada, id } }],
        [{ kind: 'update', entity: 'person', id, patch: { title: 'CTO' } }],
        [{ kind: 'trash', entity: 'person', id }],
      ],
      actor,
    );
    const a = await footprint(db, id);
    const b = await footprint(other, id);
    expect(a).toEqual({ ...b, person: { ...b.person, deletedAt: a.person.deletedAt } });
    expect(a.outbox.map((o) => o.op)).toEqual(['put', 'patch', 'delete']);
    const hlcs = (await db.outbox.toArray()).map((o) => o.mutation.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(3);
  });

  it('keys and search tokens follow the final state of each record', async () => {
    const ids = [newId(), newId()];
    await writeMany(
      db,
      ids.map((id, i) => [
        {
          kind: 'create' as const,
          entity: 'person' as const,
          input: { id, displayName: `Ann Lee ${i}`, emails: [{ value: `ann${i}@acme.com` }] },
        },
        {
          kind: 'create' as const,
          entity: 'relationship' as const,
          input: { id: newId(), personId: id, memberId: 'local' },
        },
      ]),
      actor,
    );
    expect((await findByKeys(db, ['email:ann1@acme.com'])).get(`person:${ids[1]}`)?.matched).toEqual([
      'email:ann1@acme.com',
    ]);
    expect((await searchIds(db, 'person', 'ann')).sort()).toEqual([...ids].sort());
    expect(await db.relationships.count()).toBe(2);
    expect(await db.outbox.count()).toBe(4);
  });

  it('stamps continue after the single-record path, never reusing a stamp', async () => {
    const p = await createRecord(db, 'person', { displayName: 'Ann' }, actor);
    await writeMany(db, [[{ kind: 'update', entity: 'person', id: p.id, patch: { title: 'CEO' } }]], actor);
    const q = await updateRecord(db, 'person', p.id, { title: 'CFO' }, actor);
    expect(q.title).toBe('CFO');
    const hlcs = (await db.outbox.toArray()).map((o) => o.mutation.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(3);
    const stamps = await db.stamps.get(`person:${p.id}`);
    // The rollback base of a field is its value before the first unacknowledged edit.
    expect(stamps?.base?.title).toEqual({ v: undefined, s: undefined });
  });

  it('an unchanged patch writes nothing', async () => {
    db.clock = () => 1_764_000_000_000;
    const p = await createRecord(db, 'person', { displayName: 'Ann' }, actor);
    await writeMany(
      db,
      [[{ kind: 'update', entity: 'person', id: p.id, patch: { displayName: 'Ann' } }]],
      actor,
    );
    expect(await db.outbox.count()).toBe(1);
  });

  it('an invalid unit aborts everything by default', async () => {
    const err = await writeMany(
      db,
      [
        [{ kind: 'create', entity: 'person', input: { id: newId(), displayName: 'Ann' } }],
        [{ kind: 'create', entity: 'person', input: { id: newId(), displayName: ' ' } }],
      ],
      actor,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(await db.people.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('with skipInvalid, a bad unit is left out whole and the others land', async () => {
    const good = newId();
    const bad = newId();
    const result = await writeMany(
      db,
      [
        [
          { kind: 'create', entity: 'person', input: { id: bad, displayName: 'Bad' } },
          {
            kind: 'create',
            entity: 'relationship',
            input: { id: newId(), personId: 'nope', memberId: 'local' },
          },
        ],
        [{ kind: 'create', entity: 'person', input: { id: good, displayName: 'Good' } }],
        [{ kind: 'update', entity: 'person', id: newId(), patch: { title: 'x' } }],
      ],
      actor,
      { skipInvalid: true },
    );
    expect(result.rejected.map((r) => r.unit)).toEqual([0, 2]);
    expect(result.written[0]).toBeNull();
    expect(result.written[1]?.[0]?.id).toBe(good);
    expect(await db.people.toCollection().primaryKeys()).toEqual([good]);
    expect(await db.relationships.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('put writes a record exactly as given, as a full mutation', async () => {
    const id = newId();
    const record = {
      id,
      displayName: 'Ann',
      createdAt: 5,
      createdBy: 'm1',
      updatedAt: 6,
      updatedBy: 'm2',
      deletedAt: null,
      deletedBy: null,
      nameOrder: 'western' as const,
      emails: [],
      phones: [],
      links: [],
      tags: [],
      status: 'contact' as const,
      visibility: 'team' as const,
      provenance: {},
    };
    await writeMany(db, [[{ kind: 'put', entity: 'person', record }]], actor);
    expect(await db.people.get(id)).toEqual(record);
    const [row] = await db.outbox.toArray();
    expect(row?.mutation.op).toBe('put');
    expect(row?.mutation.fields.createdBy?.value).toBe('m1');
  });
});

describe('writeMany and change listeners', () => {
  it('reports an import-sized batch key by key, so a live list re-reads only those people', async () => {
    const seen: { point: boolean; keys: number }[] = [];
    const listener = (parts: ObservabilitySet) => {
      const tree = parts[`idb://${db.name}/people/`];
      if (!tree) return;
      let keys = 0;
      let point = true;
      for (const node of RangeSet(tree)) {
        if (typeof node.from !== 'string' || cmp(node.from, node.to) !== 0) point = false;
        keys += 1;
      }
      seen.push({ point, keys });
    };
    Dexie.on('storagemutated', listener);
    try {
      const units = Array.from({ length: 120 }, (_, i) => [
        {
          kind: 'create' as const,
          entity: 'person' as const,
          input: {
            id: newId(),
            displayName: `Person ${i}`,
            status: 'contact' as const,
            visibility: 'team' as const,
          },
        },
      ]);
      await writeMany(db, units, actor);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.point)).toBe(true);
    expect(seen.reduce((n, s) => n + s.keys, 0)).toBe(120);
  });
});

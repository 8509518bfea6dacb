import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRecord, MeishiDb, updateRecord } from '@/utils/db';
import { importContacts } from '@/utils/io';
import type { Person } from '@/utils/model';
import { buildExport, type ExportKind } from './export';
import { runImport } from './import-run';
import { planRestore, runRestore } from './restore';
import { undoOp } from './undo';

const actor = { memberId: 'local', region: 'JP' };
let db: MeishiDb;
const fresh = async () => {
  const d = new MeishiDb(`test-${Math.random()}`);
  await d.open();
  return d;
};

beforeEach(async () => {
  db = await fresh();
});

const PEOPLE = [
  {
    displayName: '山田 太郎',
    familyName: '山田',
    givenName: '太郎',
    familyNamePhonetic: 'ヤマダ',
    givenNamePhonetic: 'タロウ',
    nameOrder: 'family-first' as const,
    title: '営業部長',
    companyName: '株式会社サンプル',
    emails: [{ value: 'taro@sample.co.jp' }, { value: 'yamada.t@gmail.com' }],
    phones: [
      { raw: '03-1234-5678', e164: '+81312345678' },
      { raw: '090-1234-5678', e164: '+819012345678' },
    ],
    links: [{ kind: 'linkedin' as const, url: 'https://www.linkedin.com/in/taro-yamada' }],
    tags: ['expo-2026', '大阪'],
    notes: '展示会で会った。\n来月フォロー。',
    location: 'Tokyo',
  },
  {
    displayName: 'Jane O’Brien',
    givenName: 'Jane',
    familyName: 'O’Brien',
    title: 'VP "Growth", APAC',
    companyName: 'Acme, Inc.',
    emails: [{ value: 'jane@acme.example' }],
    phones: [],
    links: [{ kind: 'website' as const, url: 'https://acme.example/jane' }],
    tags: ['customer'],
  },
  {
    displayName: 'Ali Khan',
    emails: [],
    phones: [{ raw: '+1 415 555 0100', e164: '+14155550100' }],
    links: [],
    tags: [],
  },
];

/** The fields a person file carries, in a comparable shape. */
function portable(p: Person) {
  return {
    displayName: p.displayName,
    givenName: p.givenName,
    familyName: p.familyName,
    givenNamePhonetic: p.givenNamePhonetic,
    familyNamePhonetic: p.familyNamePhonetic,
    title: p.title,
    companyName: p.companyName,
    emails: p.emails.map((e) => e.value),
    phones: p.phones.map((ph) => ph.e164 ?? ph.raw),
    links: p.links.map((l) => l.url),
    tags: [...p.tags].sort(),
    notes: p.notes,
    location: p.location,
  };
}

async function people(d: MeishiDb) {
  const all = (await d.people.toArray()).filter((p) => p.deletedAt == null);
  return all.map(portable).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

async function roundTrip(kind: ExportKind, from: MeishiDb): Promise<MeishiDb> {
  const file = await buildExport(from, kind);
  const to = await fresh();
  const parsed = importContacts(file.text, file.fileName);
  expect(parsed.errors).toEqual([]);
  await runImport(to, { rows: parsed.records, format: parsed.format, label: file.fileName }, { actor });
  return to;
}

describe('export then import gives the same people', () => {
  for (const kind of ['csv', 'vcard4', 'vcard3'] as const) {
    it(kind, async () => {
      for (const p of PEOPLE) await createRecord(db, 'person', p, actor);
      const file = await buildExport(db, kind);
      expect(file.count).toBe(3);
      if (kind === 'csv') expect(file.text.startsWith('\uFEFF')).toBe(true);
      expect(await people(await roundTrip(kind, db))).toEqual(await people(db));
    });
  }

  it('for any names, titles, companies, emails and tags (property)', async () => {
    const word = fc.stringMatching(
      /^[A-Za-z\u3041-\u3093\u4e00-\u4e5f][A-Za-z0-9\u3041-\u3093\u4e00-\u4e5f]{0,11}$/,
    );
    const person = fc.record({
      givenName: word,
      familyName: word,
      title: fc.option(
        fc.tuple(word, word).map(([a, b]) => `${a}, ${b}`),
        { nil: undefined },
      ),
      companyName: fc.option(word, { nil: undefined }),
      tags: fc.uniqueArray(
        word.map((w) => w.toLowerCase()),
        { maxLength: 3 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(person, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('csv', 'vcard4', 'vcard3'),
        async (list, kind) => {
          const from = await fresh();
          for (const [i, p] of list.entries()) {
            await createRecord(
              from,
              'person',
              {
                ...p,
                displayName: `${p.givenName} ${p.familyName}`,
                emails: [{ value: `person${i}@example.com` }],
              },
              actor,
            );
          }
          expect(await people(await roundTrip(kind as ExportKind, from))).toEqual(await people(from));
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('backup and restore', () => {
  async function seed() {
    const p = await createRecord(db, 'person', PEOPLE[0]!, actor);
    const q = await createRecord(db, 'person', PEOPLE[1]!, actor);
    await createRecord(db, 'relationship', { personId: p.id, memberId: 'local', how: 'expo' }, actor);
    await createRecord(
      db,
      'interaction',
      { personIds: [p.id, q.id], memberId: 'local', kind: 'meeting', at: 5 },
      actor,
    );
    await createRecord(db, 'task', { title: 'Call back', personId: p.id }, actor);
    await createRecord(db, 'company', { name: 'Acme' }, actor);
    return { p, q };
  }

  it('restores everything exactly into an empty browser, through the write path', async () => {
    await seed();
    const file = await buildExport(db, 'backup');
    expect(file.count).toBe(6);
    const target = await fresh();
    const planned = await planRestore(target, file.text);
    if (!planned.ok) throw new Error('backup refused');
    expect(planned.plan.counts.people).toEqual({ missing: 2, different: 0, same: 0 });
    const summary = await runRestore(target, planned.plan, 'missing', actor, file.fileName);
    expect(summary).toMatchObject({ added: 6, replaced: 0, unchanged: 0 });
    for (const table of ['people', 'companies', 'relationships', 'interactions', 'tasks'] as const) {
      expect(await target.table(table).toArray(), table).toEqual(await db.table(table).toArray());
    }
    expect(await target.outbox.count()).toBe(6);
  });

  it('adds only what is missing, or also puts back changed records; undo reverses it', async () => {
    const { p, q } = await seed();
    const file = await buildExport(db, 'backup');
    await updateRecord(db, 'person', p.id, { title: 'CEO' }, actor);
    await db.transaction('rw', db.tables, async () => {
      const { trashRecord } = await import('@/utils/db');
      await trashRecord(db, 'person', q.id, actor);
    });
    let planned = await planRestore(db, file.text);
    if (!planned.ok) throw new Error('backup refused');
    expect(planned.plan.counts.people).toEqual({ missing: 0, different: 2, same: 0 });
    expect(await runRestore(db, planned.plan, 'missing', actor, 'b.json')).toMatchObject({
      added: 0,
      unchanged: 6,
    });
    expect((await db.people.get(p.id))?.title).toBe('CEO');

    planned = await planRestore(db, file.text);
    if (!planned.ok) throw new Error('backup refused');
    const summary = await runRestore(db, planned.plan, 'overwrite', actor, 'b.json');
    expect(summary).toMatchObject({ replaced: 2, unchanged: 4 });
    expect((await db.people.get(p.id))?.title).toBe('営業部長');
    expect((await db.people.get(q.id))?.deletedAt).toBeNull();

    await undoOp(db, summary.opId, actor);
    expect((await db.people.get(p.id))?.title).toBe('CEO');
    expect((await db.people.get(q.id))?.deletedAt).toBeTypeOf('number');
    // The trash goes back as a delete of its own, which syncs like any other.
    const forQ = (await db.outbox.toArray())
      .filter((o) => o.mutation.entityId === q.id)
      .map((o) => o.mutation.op);
    expect(forQ.slice(-3)).toEqual(['delete', 'put', 'delete']);
  });

  it('refuses a file with an invalid row, naming table, row and field, and writes nothing', async () => {
    await seed();
    const file = await buildExport(db, 'backup');
    const json = JSON.parse(file.text) as { tables: { people: { emails: unknown }[] } };
    json.tables.people[1]!.emails = 'not a list';
    const target = await fresh();
    const planned = await planRestore(target, JSON.stringify(json));
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.errors[0]).toMatchObject({ table: 'people', index: 1, field: 'emails' });
    expect(await target.people.count()).toBe(0);
    expect((await planRestore(target, '{"nope": 1}')).ok).toBe(false);
  });
});

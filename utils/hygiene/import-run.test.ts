import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRecord, findByKeys, MeishiDb, searchIds } from '@/utils/db';
import { importContacts } from '@/utils/io';
import { matchRows } from './import-match';
import { runImport } from './import-run';
import { getOp, listOps } from './journal';
import { undoOp } from './undo';

const actor = { memberId: 'local', region: 'JP' };
const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/hygiene');
const read = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
let db: MeishiDb;

beforeEach(async () => {
  db = new MeishiDb(`test-${Math.random()}`);
  await db.open();
});

const NOW = Date.UTC(2026, 10, 20);
const live = async () => (await db.people.toArray()).filter((p) => p.deletedAt == null);

describe('runImport', () => {
  it('saves a Connections.csv whole: people, how we met, provenance, and the bad line reported', async () => {
    const parsed = importContacts(read('Connections.csv'), 'Connections.csv', { now: NOW, by: 'local' });
    const summary = await runImport(
      db,
      { rows: parsed.records, errors: parsed.errors, format: parsed.format, label: 'Connections.csv' },
      { actor },
    );
    expect(summary).toMatchObject({ total: 5, created: 3, updated: 0, repeated: 1, unchanged: 0 });
    expect(summary.failed).toEqual([{ line: 8, reason: expect.stringContaining('no name') }]);
    const people = await live();
    expect(people.map((p) => p.displayName).sort()).toEqual(['Kenji Watanabe', 'Priya Raman', '高橋 美咲']);
    const kenji = people.find((p) => p.displayName === 'Kenji Watanabe')!;
    // The later row of the same person was folded in: its title is newer, the email kept.
    expect(kenji.title).toBe('Senior Product Manager');
    expect(kenji.emails.map((e) => e.value)).toEqual(['kenji.watanabe@hygiene.example']);
    expect(kenji.provenance.title?.at(-1)?.source).toBe('import:linkedin');
    expect(kenji.provenance.title?.at(-1)).toEqual({
      source: 'import:linkedin',
      at: NOW,
      by: 'local',
      confidence: 0.9,
    });
    const rels = await db.relationships.where('personId').equals(kenji.id).toArray();
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({
      memberId: 'local',
      how: 'Connected on LinkedIn',
      metAt: Date.UTC(2024, 2, 12),
    });
    expect(await searchIds(db, 'person', 'watanabe')).toEqual([kenji.id]);
    // Everything went through the write path: one queued mutation per person and relationship.
    expect(await db.outbox.count()).toBe(6);
  });

  it('updates someone already here (same LinkedIn profile) instead of adding a duplicate', async () => {
    const here = await createRecord(
      db,
      'person',
      {
        displayName: 'Kenji Watanabe',
        title: 'PM',
        emails: [{ value: 'kenji@home.example' }],
        links: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/kenji-watanabe-hyg/' }],
        provenance: { title: [{ source: 'manual', at: 1, confidence: 1 }] },
      },
      actor,
    );
    const parsed = importContacts(read('Connections.csv'), 'Connections.csv');
    const match = await matchRows(db, parsed.records, 'JP');
    expect(match.counts).toEqual({ new: 2, existing: 2, repeat: 0 });
    const summary = await runImport(
      db,
      { rows: parsed.records, keys: match.keys, format: parsed.format, label: 'Connections.csv' },
      { actor },
    );
    expect(summary).toMatchObject({ created: 2, updated: 1, repeated: 1 });
    const kenji = await db.people.get(here.id);
    // Typed by hand beats the file; every email is kept.
    expect(kenji?.title).toBe('PM');
    expect(kenji?.emails.map((e) => e.value)).toEqual([
      'kenji@home.example',
      'kenji.watanabe@hygiene.example',
    ]);
    expect(kenji?.companyName).toBe('Northwind K.K.');
    expect((await findByKeys(db, ['email:kenji.watanabe@hygiene.example'])).size).toBe(1);
    expect((await live()).length).toBe(3);
  });

  it('reads a Shift_JIS vCard 2.1', async () => {
    const parsed = importContacts(read('shift-jis.vcf'), 'shift-jis.vcf');
    const summary = await runImport(
      db,
      { rows: parsed.records, errors: parsed.errors, format: parsed.format, label: 'shift-jis.vcf' },
      { actor, how: 'Imported from a vCard file' },
    );
    expect(summary).toMatchObject({ created: 2, total: 3 });
    expect(summary.failed.map((f) => f.line)).toEqual([19]);
    const suzuki = (await live()).find((p) => p.displayName === '鈴木 一郎');
    expect(suzuki).toMatchObject({ familyNamePhonetic: 'スズキ', companyName: '株式会社テスト商事' });
    expect(suzuki?.provenance.displayName?.[0]?.source).toBe('import:vcard');
    const rel = await db.relationships.where('personId').equals(suzuki!.id).first();
    expect(rel?.how).toBe('Imported from a vCard file');
  });

  it('is undone as one step: created people trashed, updated people put back, and it syncs', async () => {
    const here = await createRecord(
      db,
      'person',
      { displayName: 'Priya R.', emails: [{ value: 'priya@contoso.example' }] },
      actor,
    );
    const before = await db.people.get(here.id);
    const parsed = importContacts(read('Connections.csv'), 'Connections.csv');
    const summary = await runImport(
      db,
      { rows: parsed.records, format: parsed.format, label: 'Connections.csv' },
      { actor, chunkSize: 2 },
    );
    expect(summary).toMatchObject({ created: 2, updated: 1 });
    expect((await db.people.get(here.id))?.companyName).toBe('Contoso, Ltd.');
    const queued = await db.outbox.count();

    const progress: number[] = [];
    const result = await undoOp(db, summary.opId, actor, (done) => progress.push(done));
    expect(result.kept).toBe(0);
    expect(progress.length).toBeGreaterThan(1);
    expect((await live()).map((p) => p.id)).toEqual([here.id]);
    const after = await db.people.get(here.id);
    const { updatedAt: _a, ...restored } = after!;
    const { updatedAt: _b, ...original } = before!;
    expect(restored).toEqual(original);
    expect((await db.relationships.toArray()).every((r) => r.deletedAt != null)).toBe(true);
    expect(await db.outbox.count()).toBeGreaterThan(queued);
    expect((await getOp(db, summary.opId))?.status).toBe('undone');
    expect((await listOps(db, Date.now()))[0]?.status).toBe('undone');
    // A second undo changes nothing.
    expect(await undoOp(db, summary.opId, actor)).toEqual({ reverted: 0, kept: 0 });
  });

  it('undo keeps a field someone edited after the import', async () => {
    const parsed = importContacts(read('Connections.csv'), 'Connections.csv');
    const here = await createRecord(
      db,
      'person',
      { displayName: 'Priya', emails: [{ value: 'priya@contoso.example' }] },
      actor,
    );
    const summary = await runImport(
      db,
      { rows: parsed.records, format: 'linkedin', label: 'c.csv' },
      { actor },
    );
    const { updateRecord } = await import('@/utils/db');
    await updateRecord(db, 'person', here.id, { title: 'CTO' }, actor);
    const result = await undoOp(db, summary.opId, actor);
    expect(result.kept).toBe(1);
    const priya = await db.people.get(here.id);
    expect(priya?.title).toBe('CTO');
    expect(priya?.companyName).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  PersonSchema,
  CompanySchema,
  RelationshipSchema,
  InteractionSchema,
  TaskSchema,
  IntroRequestSchema,
} from '@/utils/model';
import { exportBackup, parseBackup, type BackupTables } from './backup';

const meta = (id: string) => ({ id, createdAt: 1, createdBy: 'local', updatedAt: 2, updatedBy: 'local' });
const ids = {
  person: '0190a6d0-7b1c-7cc3-8d2e-3f4a5b6c7d81',
  company: '0190a6d0-7b1c-7cc3-8d2e-3f4a5b6c7d82',
  rel: '0190a6d0-7b1c-7cc3-8d2e-3f4a5b6c7d83',
  interaction: '0190a6d0-7b1c-7cc3-8d2e-3f4a5b6c7d84',
  task: '0190a6d0-7b1c-7cc3-8d2e-3f4a5b6c7d85',
  intro: '0190a6d0-7b1c-7cc3-8d2e-3f4a5b6c7d86',
};

const tables: BackupTables = {
  people: [
    PersonSchema.parse({
      ...meta(ids.person),
      displayName: '山田 太郎',
      nameOrder: 'family-first',
      tags: ['VIP'],
    }),
  ],
  companies: [
    CompanySchema.parse({ ...meta(ids.company), name: '株式会社サンプル', domains: ['example.co.jp'] }),
  ],
  relationships: [
    RelationshipSchema.parse({
      ...meta(ids.rel),
      memberId: 'local',
      personId: ids.person,
      how: 'Expo',
      metAt: 5,
    }),
  ],
  interactions: [
    InteractionSchema.parse({
      ...meta(ids.interaction),
      memberId: 'local',
      personIds: [ids.person],
      kind: 'meeting',
      at: 9,
    }),
  ],
  tasks: [TaskSchema.parse({ ...meta(ids.task), title: 'Follow up', personId: ids.person })],
  introRequests: [
    IntroRequestSchema.parse({
      ...meta(ids.intro),
      requesterId: 'a',
      introducerId: 'b',
      targetPersonId: ids.person,
      message: 'Please',
    }),
  ],
};

describe('backup', () => {
  it('round-trips every table', () => {
    const text = exportBackup(tables, 1_700_000_000_000);
    const json = JSON.parse(text) as {
      format: string;
      version: number;
      exportedAt: number;
      tables: Record<string, unknown[]>;
    };
    expect(json).toMatchObject({ format: 'meishi-backup', version: 1, exportedAt: 1_700_000_000_000 });
    expect(Object.keys(json.tables).sort()).toEqual([
      'companies',
      'interactions',
      'introRequests',
      'people',
      'relationships',
      'tasks',
    ]);
    const parsed = parseBackup(text);
    expect(parsed).toEqual({
      ok: true,
      backup: { format: 'meishi-backup', version: 1, exportedAt: 1_700_000_000_000, tables },
    });
  });

  it('names the table, index and field of each bad row', () => {
    const json = JSON.parse(exportBackup(tables, 1)) as { tables: Record<string, Record<string, unknown>[]> };
    json.tables.people?.push({ ...meta('not-a-uuid'), displayName: '' });
    json.tables.tasks?.push({ ...meta(ids.task), title: 'dup' });
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { table: 'people', index: 1, field: 'id', message: 'must be a UUIDv7 id' },
        { table: 'people', index: 1, field: 'displayName', message: 'a person needs a name' },
        { table: 'tasks', index: 1, field: 'id', message: 'the same id as row 0' },
      ]),
    );
  });

  it('rejects what is not a backup, saying why', () => {
    const notJson = parseBackup('{oops');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]?.message).toContain('not JSON');
    const wrong = parseBackup(JSON.stringify({ format: 'other', version: 1, exportedAt: 1, tables: {} }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.errors).toEqual(
        expect.arrayContaining([
          {
            table: '',
            index: -1,
            field: 'format',
            message: 'not a Meishi backup (format is not "meishi-backup")',
          },
          { table: 'people', index: -1, field: '', message: 'must be a list' },
        ]),
      );
    }
    const future = parseBackup(
      JSON.stringify({ format: 'meishi-backup', version: 2, exportedAt: 1, tables: {} }),
    );
    expect(future.ok).toBe(false);
    if (!future.ok)
      expect(future.errors.map((e) => e.message)).toContain('a backup version this Meishi cannot read');
  });

  it('lists at most 200 problems and counts the rest', () => {
    const json = JSON.parse(exportBackup(tables, 1)) as { tables: Record<string, unknown[]> };
    json.tables.tags = [];
    json.tables.people = Array.from({ length: 300 }, () => ({ displayName: 'x' }));
    const result = parseBackup(JSON.stringify(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(201);
    expect(result.errors.at(-1)?.message).toMatch(/^\d+ more problems not listed$/);
  });
});

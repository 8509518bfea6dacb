import { describe, expect, it } from 'vitest';
import { createRecord } from '@/utils/db';
import { renameTag } from './tags';
import { freshDb, ME } from '../store/test-helpers';

describe('renaming and merging tags', () => {
  it('renames a tag on every person and company through the write path', async () => {
    const db = freshDb();
    const a = await createRecord(db, 'person', { displayName: 'A', tags: ['expo', 'vip'] }, ME);
    const b = await createRecord(db, 'person', { displayName: 'B', tags: ['other'] }, ME);
    const c = await createRecord(db, 'company', { name: 'Acme', tags: ['expo'] }, ME);
    const before = await db.outbox.count();
    const progress: number[] = [];

    const changed = await renameTag('expo', 'expo-2026', [c.id], (done) => progress.push(done));

    expect(changed).toBe(2);
    expect((await db.people.get(a.id))?.tags).toEqual(['expo-2026', 'vip']);
    expect((await db.people.get(b.id))?.tags).toEqual(['other']);
    expect((await db.companies.get(c.id))?.tags).toEqual(['expo-2026']);
    expect((await db.people.get(a.id))?.provenance.tags?.at(-1)?.source).toBe('manual');
    expect(await db.outbox.count()).toBe(before + 2);
    expect(progress.at(-1)).toBe(2);
  });

  it('merges into an existing tag without duplicates', async () => {
    const db = freshDb();
    const a = await createRecord(db, 'person', { displayName: 'A', tags: ['Sales', 'sales-team'] }, ME);
    await renameTag('sales-team', 'Sales', []);
    expect((await db.people.get(a.id))?.tags).toEqual(['Sales']);
    expect(await renameTag('Sales', 'Sales', [])).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createRecord } from '@/utils/db';
import { draftOf, fieldsOf, patchOf, companyIdFor } from './person-draft';
import { freshDb, ME } from '../store/test-helpers';

const base = draftOf(undefined, { visibility: 'team' });

describe('the person form draft', () => {
  it('turns lines and commas into emails, phones, links and tags', () => {
    const result = fieldsOf(
      {
        ...base,
        displayName: ' 山田 太郎 ',
        emails: 'taro@acme.example\n\ntaro@acme.example',
        phones: '03-1234-5678\nnot a number',
        links: 'linkedin.com/in/taro\nhttps://github.com/taro\nhttps://acme.example',
        tags: 'expo, sales、expo',
      },
      'JP',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields.displayName).toBe('山田 太郎');
    expect(result.fields.emails).toEqual([{ value: 'taro@acme.example' }]);
    expect(result.fields.phones).toEqual([
      { raw: '03-1234-5678', e164: '+81312345678' },
      { raw: 'not a number' },
    ]);
    expect(result.fields.links.map((l) => l.kind)).toEqual(['linkedin', 'github', 'website']);
    expect(result.fields.tags).toEqual(['expo', 'sales']);
    expect(result.fields.title).toBeUndefined();
  });

  it('names every problem instead of saving half a record', () => {
    const result = fieldsOf(
      { ...base, displayName: ' ', emails: 'nope', links: 'javascript:alert(1)' },
      'JP',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems.join(' ')).toContain('nope');
    expect(result.problems.join(' ')).toContain('javascript:alert(1)');
  });

  it('patches only changed fields, each with a typed-by-hand source', async () => {
    const db = freshDb();
    const person = await createRecord(db, 'person', { displayName: 'Jane', title: 'CTO' }, ME);
    const result = fieldsOf(
      { ...draftOf(person, { visibility: 'team' }), title: 'CEO', location: 'Osaka' },
      'JP',
    );
    if (!result.ok) throw new Error(result.problems.join());
    const { patch, changed } = patchOf(person, result.fields, 'local', 1000);
    expect(changed.sort()).toEqual(['location', 'title']);
    expect(patch.provenance?.title).toEqual([{ source: 'manual', at: 1000, by: 'local', confidence: 1 }]);
    const unchanged = fieldsOf(draftOf(person, { visibility: 'team' }), 'JP');
    if (!unchanged.ok) throw new Error(unchanged.problems.join());
    expect(patchOf(person, unchanged.fields, 'local', 1).changed).toEqual([]);
  });

  it('links a typed company name to the company record with that name', async () => {
    const db = freshDb();
    const acme = await createRecord(db, 'company', { name: 'Acme K.K.' }, ME);
    expect(await companyIdFor(db, 'ACME KK')).toBe(acme.id);
    expect(await companyIdFor(db, 'Globex')).toBeUndefined();
    expect(await companyIdFor(db, undefined)).toBeUndefined();
  });
});

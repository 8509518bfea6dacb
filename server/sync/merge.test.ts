import { describe, expect, it } from 'vitest';
import { newId } from '../../utils/model/id';
import type { Mutation } from '../../utils/model/sync-api';
import { merge } from './merge';

const hlc = (wall: number, node = 'a') => `${String(wall).padStart(13, '0')}-000000-${node}`;
const m = (
  op: Mutation['op'],
  fields: Record<string, [unknown, string]>,
  at: string,
  entityId: string,
): Mutation => ({
  id: newId(),
  entity: 'person',
  entityId,
  op,
  hlc: at,
  fields: Object.fromEntries(Object.entries(fields).map(([k, [value, h]]) => [k, { value, hlc: h }])),
});

describe('per-field last-writer-wins merge', () => {
  const id = newId();
  const base = merge(
    undefined,
    m('put', { displayName: ['Ann', hlc(10)], title: ['CEO', hlc(10)] }, hlc(10), id),
    'u1',
    1_000,
  );
  if (!base.ok) throw new Error('base');

  it('creates with server-owned meta and schema defaults', () => {
    expect(base.record.data).toMatchObject({
      id,
      displayName: 'Ann',
      createdBy: 'u1',
      updatedBy: 'u1',
      deletedAt: null,
      emails: [],
    });
    expect(base.record.stamps).toEqual({ displayName: hlc(10), title: hlc(10) });
  });

  it('keeps the later stamp per field and ignores older ones', () => {
    const r = merge(
      base.record,
      m('patch', { displayName: ['Old', hlc(5)], title: ['CTO', hlc(20)] }, hlc(20), id),
      'u2',
      2_000,
    );
    expect(r.ok && r.record.data).toMatchObject({ displayName: 'Ann', title: 'CTO', updatedBy: 'u2' });
    expect(r.ok && r.changed).toEqual(['title']);
  });

  it('clears a field with null and refuses fields the entity does not have', () => {
    const cleared = merge(base.record, m('patch', { title: [null, hlc(30)] }, hlc(30), id), 'u1', 3_000);
    expect(cleared.ok && cleared.record.data.title).toBeUndefined();
    // JSON.parse makes "__proto__" an own key, as a hostile client would send it.
    const hostile = {
      ...m('patch', {}, hlc(30), id),
      fields: JSON.parse(`{"__proto__":{"value":"x","hlc":"${hlc(30)}"}}`),
    };
    expect(merge(base.record, hostile, 'u1', 3_000)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(({} as Record<string, unknown>).value).toBeUndefined();
    const bad = merge(base.record, m('patch', { shoe: [42, hlc(30)] }, hlc(30), id), 'u1', 3_000);
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('never lets a client set who created or deleted a record', () => {
    const r = merge(
      base.record,
      m('patch', { createdBy: ['mallory', hlc(40)], deletedBy: ['mallory', hlc(40)] }, hlc(40), id),
      'u3',
      4_000,
    );
    expect(r.ok && r.record.data).toMatchObject({ createdBy: 'u1', deletedBy: null });
  });

  it('orders delete and restore by their stamps', () => {
    const del = merge(base.record, m('delete', {}, hlc(50), id), 'u1', 5_000);
    if (!del.ok) throw new Error('delete');
    expect(del.record.data).toMatchObject({ deletedAt: 5_000, deletedBy: 'u1' });
    const staleRestore = merge(del.record, m('restore', {}, hlc(45), id), 'u1', 6_000);
    expect(staleRestore.ok && staleRestore.record.data.deletedAt).toBe(5_000);
    const restore = merge(del.record, m('restore', {}, hlc(60), id), 'u1', 6_000);
    expect(restore.ok && restore.record.data.deletedAt).toBeNull();
  });

  it('keeps the later stamp of a delete that finds the record deleted already, so an earlier restore loses', () => {
    const del = merge(base.record, m('delete', {}, hlc(50, 'b'), id), 'u2', 5_000);
    if (!del.ok) throw new Error('delete');
    const again = merge(del.record, m('delete', {}, hlc(90, 'a'), id), 'u1', 5_500);
    if (!again.ok) throw new Error('second delete');
    expect(again).toMatchObject({ changed: [], restamped: true });
    expect(again.record.data).toMatchObject({ deletedAt: 5_000, deletedBy: 'u2' });
    expect(again.record.stamps.deletedAt).toBe(hlc(90, 'a'));
    const between = merge(again.record, m('restore', {}, hlc(70, 'server'), id), 'admin', 6_000);
    expect(between.ok && between.record.data.deletedAt).toBe(5_000);
    const stale = merge(again.record, m('delete', {}, hlc(60, 'c'), id), 'u3', 6_000);
    expect(stale).toMatchObject({ changed: [], restamped: false });
  });

  it('refuses edits of a record that does not exist, or of another entity', () => {
    expect(merge(undefined, m('patch', { title: ['x', hlc(1)] }, hlc(1), newId()), 'u', 1)).toMatchObject({
      reason: 'conflict',
    });
    const asCompany = { ...m('patch', { name: ['x', hlc(70)] }, hlc(70), id), entity: 'company' as const };
    expect(merge(base.record, asCompany, 'u', 1)).toMatchObject({ ok: false, reason: 'conflict' });
  });
});

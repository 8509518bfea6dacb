import { describe, expect, it } from 'vitest';
import { rebase } from './rebase';

const s = (wall: number, node = 'a') => `${String(wall).padStart(13, '0')}-000000-${node}`;

describe('rebase of a pulled record over unsent local edits', () => {
  const server = {
    data: { id: 'x', displayName: 'Server Name', title: 'Server Title', updatedAt: 5 },
    stamps: { displayName: s(10, 'b'), title: s(10, 'b') },
    projection: 'full' as const,
  };

  it('keeps a later local edit on top and remembers the server value for a rollback', () => {
    const out = rebase('person:x', server, {
      row: { id: 'x', displayName: 'Server Name', title: 'Mine', updatedAt: 9 },
      stamps: { ref: 'person:x', stamps: { title: s(20) }, pending: { title: s(20), updatedAt: s(20) } },
    });
    expect(out.row.title).toBe('Mine');
    expect(out.row.displayName).toBe('Server Name');
    expect(out.row.updatedAt).toBe(5);
    expect(out.stamps.pending).toEqual({ title: s(20), updatedAt: s(20) });
    expect(out.stamps.base?.title).toEqual({ v: 'Server Title', s: s(10, 'b') });
    expect(out.stamps.stamps.title).toBe(s(20));
  });

  it('shows the server value when its stamp is later, keeping the pending mark until acknowledged', () => {
    const out = rebase('person:x', server, {
      row: { id: 'x', displayName: 'Server Name', title: 'Mine' },
      stamps: { ref: 'person:x', stamps: { title: s(5) }, pending: { title: s(5) } },
    });
    expect(out.row.title).toBe('Server Title');
    expect(out.stamps.stamps.title).toBe(s(10, 'b'));
    expect(out.stamps.pending.title).toBe(s(5));
  });

  it('keeps a local delete with its deleter', () => {
    const out = rebase('person:x', server, {
      row: { id: 'x', deletedAt: 99, deletedBy: 'me' },
      stamps: { ref: 'person:x', stamps: {}, pending: { deletedAt: s(30), deletedBy: s(30) } },
    });
    expect(out.row.deletedAt).toBe(99);
    expect(out.row.deletedBy).toBe('me');
  });

  it('drops fields a signal projection no longer shows, and forgets their server value', () => {
    const signal = {
      data: { id: 'x', displayName: 'Only Name' },
      stamps: { displayName: s(10) },
      projection: 'signal' as const,
    };
    const out = rebase('person:x', signal, {
      row: { id: 'x', displayName: 'Only Name', notes: 'secret' },
      stamps: { ref: 'person:x', stamps: {}, pending: { title: s(40) } },
    });
    expect(out.row.notes).toBeUndefined();
    expect(out.stamps.base?.title).toEqual({ s: undefined });
    expect(out.stamps.projection).toBe('signal');
  });
});

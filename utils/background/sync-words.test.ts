import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '@/utils/i18n';
import { describeError, describeNotice } from './sync-words';

describe('sync status in plain words', () => {
  beforeEach(() => setLang('en'));

  it('says why a change was rolled back, naming the record', () => {
    const text = describeNotice({
      at: 0,
      entity: 'person',
      entityId: 'x',
      name: 'Aiko',
      reason: 'erased',
      message: 'this person was erased from the team',
    });
    expect(text).toBe("Aiko's record was erased on request; your edit was not kept.");
    setLang('ja');
    expect(
      describeNotice({ at: 0, entity: 'person', entityId: 'x', reason: 'forbidden', message: 'no' }),
    ).toContain('記録');
  });

  it('turns error kinds into sentences', () => {
    expect(describeError({ at: 0, kind: 'offline', message: 'fetch failed' })).toMatch(
      /Can't reach the team server/,
    );
    expect(describeError({ at: 0, kind: 'server', message: 'x', status: 503 })).toContain('503');
    expect(describeError({ at: 0, kind: 'weird', message: 'boom' })).toContain('boom');
  });
});

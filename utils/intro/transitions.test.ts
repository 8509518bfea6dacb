import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntroStatus } from '../model';
import {
  actionFor,
  allowedActions,
  checkStatusChange,
  isFinal,
  whyNot,
  type IntroAction,
} from './transitions';

const req = (status: IntroStatus) => ({ requesterId: 'mia', introducerId: 'aiko', status });
const mia = { memberId: 'mia', admin: false };
const aiko = { memberId: 'aiko', admin: false };
const ben = { memberId: 'ben', admin: false };
const boss = { memberId: 'boss', admin: true };
const STATUSES: IntroStatus[] = ['asked', 'accepted', 'declined', 'done', 'withdrawn'];

describe('who may move an intro request where', () => {
  it('lets the introducer accept or decline an asked request, and nobody else', () => {
    expect(allowedActions(req('asked'), aiko)).toEqual(['accept', 'decline']);
    expect(allowedActions(req('asked'), mia)).toEqual(['withdraw']);
    expect(allowedActions(req('asked'), ben)).toEqual([]);
    expect(whyNot(req('asked'), 'accept', mia)).toBe('only the introducer can mark it accepted');
    expect(whyNot(req('asked'), 'accept', ben)).toBe(
      'only the requester and the introducer can change this request',
    );
  });

  it('lets either side mark an accepted request done, and the requester withdraw it', () => {
    expect(allowedActions(req('accepted'), aiko)).toEqual(['done']);
    expect(allowedActions(req('accepted'), mia)).toEqual(['done', 'withdraw']);
    expect(whyNot(req('accepted'), 'withdraw', aiko)).toBe('only the requester can withdraw a request');
  });

  it('keeps declined, done and withdrawn final, for admins too', () => {
    for (const s of ['declined', 'done', 'withdrawn'] as const) {
      expect(isFinal(s)).toBe(true);
      for (const who of [mia, aiko, boss]) expect(allowedActions(req(s), who)).toEqual([]);
    }
    expect(whyNot(req('declined'), 'accept', boss)).toBe('a request that is declined cannot be accepted');
  });

  it('lets an admin make any legal move on anyone’s request', () => {
    expect(allowedActions(req('asked'), boss)).toEqual(['accept', 'decline', 'withdraw']);
    expect(allowedActions(req('accepted'), boss)).toEqual(['done', 'withdraw']);
  });

  it('names the action between two statuses', () => {
    expect(actionFor('asked', 'accepted')).toBe('accept');
    expect(actionFor('accepted', 'withdrawn')).toBe('withdraw');
    expect(actionFor('asked', 'done')).toBeNull();
    expect(actionFor('done', 'asked')).toBeNull();
  });

  it('checks stored status changes the way the server sees them', () => {
    const parties = { requesterId: 'mia', introducerId: 'aiko' };
    expect(checkStatusChange(parties, 'asked', 'asked', ben)).toBeNull();
    expect(checkStatusChange(parties, 'asked', 'accepted', aiko)).toBeNull();
    expect(checkStatusChange(parties, 'asked', 'done', aiko)).toBe('a request cannot go from asked to done');
    expect(checkStatusChange(parties, 'declined', 'asked', mia)).toBe(
      'a request cannot go from declined to asked',
    );
    expect(checkStatusChange(parties, 'asked', 'withdrawn', aiko)).toBe(
      'only the requester can withdraw a request',
    );
  });

  it('never allows a move out of a final status or by an outsider (property)', () => {
    const status = fc.constantFrom(...STATUSES);
    const who = fc.constantFrom(mia, aiko, ben, boss);
    fc.assert(
      fc.property(status, status, who, (from, to, mover) => {
        const verdict = checkStatusChange({ requesterId: 'mia', introducerId: 'aiko' }, from, to, mover);
        if (from === to) return verdict === null;
        if (isFinal(from) || mover === ben) return verdict !== null;
        // Every allowed change is exactly one of the allowed actions.
        const allowed = allowedActions(req(from), mover).map((a: IntroAction) => actionFor(from, to) === a);
        return (verdict === null) === allowed.includes(true);
      }),
    );
  });
});

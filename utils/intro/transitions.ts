import type { IntroStatus } from '../model/intro-request';

/**
 * The intro request workflow, shared by the extension and the team server so both refuse the same
 * moves. Pure: no database, no browser, no clock.
 *
 *   asked ──accept──▶ accepted ──done──▶ done
 *     │  └─decline─▶ declined
 *     └──withdraw──▶ withdrawn ◀──withdraw── accepted
 *
 * declined, done and withdrawn are final: asking again is a new request, so each request's timeline
 * and the introducer's answer record stay honest.
 */

export type IntroAction = 'accept' | 'decline' | 'withdraw' | 'done';
export type IntroRole = 'requester' | 'introducer';

interface Move {
  from: readonly IntroStatus[];
  to: IntroStatus;
  /** Who may make the move (admins may make any legal move). */
  by: readonly IntroRole[];
}

export const MOVES: Readonly<Record<IntroAction, Move>> = {
  accept: { from: ['asked'], to: 'accepted', by: ['introducer'] },
  decline: { from: ['asked'], to: 'declined', by: ['introducer'] },
  // Either side can say the introduction happened: the introducer sent it, or the requester got it.
  done: { from: ['accepted'], to: 'done', by: ['introducer', 'requester'] },
  withdraw: { from: ['asked', 'accepted'], to: 'withdrawn', by: ['requester'] },
};

export const FINAL_STATUSES: readonly IntroStatus[] = ['declined', 'done', 'withdrawn'];

export function isFinal(status: IntroStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** The action that moves `from` to `to`, or null when no single move does. */
export function actionFor(from: IntroStatus, to: IntroStatus): IntroAction | null {
  for (const [action, move] of Object.entries(MOVES) as [IntroAction, Move][]) {
    if (move.to === to && move.from.includes(from)) return action;
  }
  return null;
}

export interface IntroParties {
  requesterId: string;
  introducerId: string;
}

export interface Mover {
  memberId: string;
  admin: boolean;
}

/** The member's part in a request: requester, introducer, both (impossible in practice) or neither. */
export function rolesOf(req: IntroParties, memberId: string): IntroRole[] {
  const roles: IntroRole[] = [];
  if (req.requesterId === memberId) roles.push('requester');
  if (req.introducerId === memberId) roles.push('introducer');
  return roles;
}

/** Why `mover` may not take `action` on a request in `status`, or null when they may. */
export function whyNot(
  req: IntroParties & { status: IntroStatus },
  action: IntroAction,
  mover: Mover,
): string | null {
  const move = MOVES[action];
  if (!move.from.includes(req.status)) return `a request that is ${req.status} cannot be ${move.to}`;
  if (mover.admin) return null;
  const roles = rolesOf(req, mover.memberId);
  if (roles.length === 0) return 'only the requester and the introducer can change this request';
  if (!move.by.some((r) => roles.includes(r))) {
    return action === 'withdraw'
      ? 'only the requester can withdraw a request'
      : `only the ${move.by.join(' or ')} can mark it ${move.to}`;
  }
  return null;
}

/** What the member can do with the request now, in a stable order for buttons. */
export function allowedActions(req: IntroParties & { status: IntroStatus }, mover: Mover): IntroAction[] {
  const order: IntroAction[] = ['accept', 'decline', 'done', 'withdraw'];
  return order.filter((a) => whyNot(req, a, mover) === null);
}

/**
 * The server's check of a status change between two stored versions: null when allowed, otherwise
 * why not. Unchanged status is always allowed (editing the message, a reason).
 */
export function checkStatusChange(
  req: IntroParties,
  from: IntroStatus,
  to: IntroStatus,
  mover: Mover,
): string | null {
  if (from === to) return null;
  const action = actionFor(from, to);
  if (!action) return `a request cannot go from ${from} to ${to}`;
  return whyNot({ ...req, status: from }, action, mover);
}

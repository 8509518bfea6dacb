import { createRecord, inOneTransaction, updateRecord, type Actor, type MeishiDb } from '../db';
import type { IntroRequest, Task } from '../model';
import { FOLLOW_UP_DAYS, followUpTitle, type TemplateLang } from './templates';
import { MOVES, whyNot, type IntroAction } from './transitions';

const DAY_MS = 86_400_000;

/** Refused by the workflow rules (not a storage failure): the UI shows the message as is. */
export class IntroRuleError extends Error {
  override name = 'IntroRuleError';
}

export interface IntroActor extends Actor {
  /** Team admins may make any legal move on any request. */
  admin?: boolean;
}

export interface AskInput {
  introducerId: string;
  targetPersonId: string;
  message: string;
}

/** A new request, `asked`, with its first timeline step; it syncs to the introducer like any record. */
export async function askForIntro(db: MeishiDb, actor: IntroActor, input: AskInput): Promise<IntroRequest> {
  if (input.introducerId === actor.memberId)
    throw new IntroRuleError('You cannot ask yourself for an introduction.');
  const message = input.message.trim();
  if (!message) throw new IntroRuleError('Write a few words to the introducer.');
  const at = db.clock();
  return createRecord(
    db,
    'introRequest',
    {
      requesterId: actor.memberId,
      introducerId: input.introducerId,
      targetPersonId: input.targetPersonId,
      message,
      status: 'asked',
      history: [{ status: 'asked', at, by: actor.memberId }],
    },
    actor,
  );
}

export interface MoveOptions {
  /** Why (a decline's reason, or a note with any answer); kept on the request for both to read. */
  reason?: string;
  /** The language of the requester's follow-up task, when accepting. */
  lang?: TemplateLang;
  /** Names for the follow-up task's title. */
  names?: { target?: string; introducer?: string };
}

export interface MoveResult {
  request: IntroRequest;
  /** The requester's follow-up task, made on accept. */
  task?: Task;
}

/**
 * One step of the workflow: checks who may do it from the stored request, then writes the new status
 * and its timeline step (and, on accept, the requester's follow-up task) in one transaction, through
 * the write path so everything syncs.
 */
export async function moveIntro(
  db: MeishiDb,
  actor: IntroActor,
  id: string,
  action: IntroAction,
  options: MoveOptions = {},
): Promise<MoveResult> {
  return inOneTransaction(db, async () => {
    const req = await db.introRequests.get(id);
    if (!req || req.deletedAt != null) throw new IntroRuleError('That introduction request is gone.');
    const denied = whyNot(req, action, { memberId: actor.memberId, admin: actor.admin === true });
    if (denied) throw new IntroRuleError(capitalise(denied) + '.');
    const at = db.clock();
    const to = MOVES[action].to;
    const reason = options.reason?.trim();
    // The schema keeps at most 50 steps; a request never takes that many, but a replayed one might.
    const history = [...req.history, { status: to, at, by: actor.memberId }].slice(-50);
    const request = await updateRecord(
      db,
      'introRequest',
      id,
      { status: to, history, ...(reason ? { reason: reason.slice(0, 1_000) } : {}) },
      actor,
    );
    if (action !== 'accept') return { request };
    const task = await createRecord(
      db,
      'task',
      {
        title: followUpTitle(
          options.lang ?? 'en',
          options.names?.target ?? (await targetName(db, req)),
          options.names?.introducer ?? actor.memberId,
        ).slice(0, 300),
        personId: req.targetPersonId,
        assignee: req.requesterId,
        due: at + FOLLOW_UP_DAYS * DAY_MS,
        // Like the request itself, the task is between the two of them.
        visibility: 'private',
      },
      actor,
    );
    return { request, task };
  });
}

async function targetName(db: MeishiDb, req: IntroRequest): Promise<string> {
  return (await db.people.get(req.targetPersonId))?.displayName ?? '…';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

import { checkStatusChange } from '../../utils/intro/transitions';
import { IntroStatusSchema, type IntroStatus } from '../../utils/model/intro-request';
import type { Mutation } from '../../utils/model/sync-api';
import { can } from '../auth/roles';
import { str, type StoredRecord } from './record';
import { isOwner, ownLevel, type Viewer } from './visibility';

/** Null when the viewer may apply the mutation, otherwise why not (said to the client). */
export function checkMutation(
  viewer: Viewer,
  m: Mutation,
  before: StoredRecord | undefined,
  after: StoredRecord | undefined,
): string | null {
  const me = viewer.memberId;
  const admin = viewer.role === 'admin';
  if (before && ownLevel(viewer, before.entity, before.data, before.createdBy) !== 'full') {
    return `you cannot change a ${m.entity} you cannot see in full`;
  }
  const ownInteraction = (rec: StoredRecord | undefined) =>
    rec === undefined ||
    (rec.entity === 'interaction' && str(rec.data, 'memberId') === me && rec.createdBy === me);

  if (!can(viewer.role, 'write')) {
    if (!can(viewer.role, 'logOwnInteractions') || m.entity !== 'interaction') {
      return 'viewers may only log their own interactions';
    }
    if (!ownInteraction(before) || (after && !ownInteraction(after))) {
      return 'viewers may only change interactions they logged themselves';
    }
    if (m.op === 'restore' && before && str(before.data, 'deletedBy') !== me) {
      return 'only the member who deleted it, or an admin, can restore it';
    }
    return null;
  }

  if (m.op === 'delete' && before) {
    if (admin || can(viewer.role, 'deleteAny')) return null;
    return before.createdBy === me ? null : 'members may delete only what they created';
  }
  if (m.op === 'restore' && before) {
    if (can(viewer.role, 'restoreAny')) return null;
    return str(before.data, 'deletedBy') === me
      ? null
      : 'only the member who deleted it, or an admin, can restore it';
  }
  if (!after) return null;
  return checkWrite(viewer, before, after);
}

function checkWrite(viewer: Viewer, before: StoredRecord | undefined, after: StoredRecord): string | null {
  const me = viewer.memberId;
  const admin = viewer.role === 'admin';
  const entity = after.entity;
  if ((entity === 'relationship' || entity === 'interaction') && !admin) {
    if (str(after.data, 'memberId') !== me || (before && str(before.data, 'memberId') !== me)) {
      return `members keep only their own ${entity === 'relationship' ? 'relationships' : 'interactions'}`;
    }
  }
  if (entity === 'introRequest') return checkIntro(viewer, before, after);
  if (before && !admin && str(before.data, 'visibility') !== str(after.data, 'visibility')) {
    if (!isOwner(viewer, before.entity, before.data, before.createdBy)) {
      return 'only its owner or an admin can change who sees it';
    }
  }
  return null;
}

/**
 * Intro requests: the requester asks, the introducer answers, along the workflow's arrows only
 * (utils/intro/transitions, the same rules the extension applies). Admins may make any legal move.
 */
function checkIntro(viewer: Viewer, before: StoredRecord | undefined, after: StoredRecord): string | null {
  const me = viewer.memberId;
  const admin = viewer.role === 'admin';
  if (!before) {
    if (str(after.data, 'requesterId') !== me) return 'you can only ask for introductions yourself';
    if (str(after.data, 'introducerId') === me) return 'you cannot ask yourself for an introduction';
    return statusOf(after) === 'asked' ? null : 'a new introduction request starts as asked';
  }
  const requester = str(before.data, 'requesterId') ?? '';
  const introducer = str(before.data, 'introducerId') ?? '';
  if (!admin && me !== requester && me !== introducer)
    return 'only the requester and the introducer can change this request';
  for (const field of ['requesterId', 'introducerId', 'targetPersonId']) {
    if (str(before.data, field) !== str(after.data, field)) return `${field} cannot change after asking`;
  }
  const from = statusOf(before);
  const to = statusOf(after);
  if (!from || !to) return 'unknown introduction status';
  const denied = checkStatusChange({ requesterId: requester, introducerId: introducer }, from, to, {
    memberId: me,
    admin,
  });
  if (denied) return denied;
  if (!admin && me !== requester && str(before.data, 'message') !== str(after.data, 'message'))
    return 'only the requester can change the message';
  return null;
}

function statusOf(rec: StoredRecord): IntroStatus | undefined {
  const parsed = IntroStatusSchema.safeParse(rec.data.status ?? 'asked');
  return parsed.success ? parsed.data : undefined;
}

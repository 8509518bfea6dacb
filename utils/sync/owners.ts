import type { AnyRow } from './records';

/** Fields that name a member: rewritten when local records change hands (joining or leaving a team). */
const MEMBER_FIELDS = [
  'createdBy',
  'updatedBy',
  'deletedBy',
  'memberId',
  'assignee',
  'requesterId',
  'introducerId',
];

export function reassign(row: AnyRow, from: ReadonlySet<string>, to: string): AnyRow {
  const next: AnyRow = { ...row };
  for (const field of MEMBER_FIELDS) {
    const value = next[field];
    if (typeof value === 'string' && from.has(value)) next[field] = to;
  }
  if (Array.isArray(next.history)) {
    next.history = next.history.map((h: unknown) =>
      h && typeof h === 'object' && 'by' in h && typeof h.by === 'string' && from.has(h.by)
        ? { ...h, by: to }
        : h,
    );
  }
  return next;
}

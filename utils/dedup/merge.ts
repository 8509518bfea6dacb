import {
  defaultChoices,
  mergedPerson,
  type ChoiceField,
  type MergeChoices,
  type Side,
} from '../hygiene/merge-plan';
import type { Id, Interaction, IntroRequest, MemberId, Person, Relationship, Task } from '../model';

export type { ChoiceField, MergeChoices, Side };

/** What points at people, so a merge can move it: the rows that name either record. */
export interface RelatedRecords {
  relationships?: readonly Relationship[];
  interactions?: readonly Interaction[];
  tasks?: readonly Task[];
  introRequests?: readonly IntroRequest[];
}

/**
 * One record changed by the merge: the fields before and after, so undo restores them exactly
 * (null in `before` means the field was absent).
 */
export interface Repoint {
  entity: 'relationship' | 'interaction' | 'task' | 'introRequest';
  id: Id;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/**
 * A merge of `b` into `a`, as plain data (JSON round-trips it unchanged): the two originals exactly
 * as they were, the merged person, the side each field took, the records to re-point and the records
 * to move to the trash. Whoever applies it writes `merged`, each `after`, and trashes `trash`; undo
 * writes `originals` and each `before` back and restores the trashed.
 */
export interface MergePlan {
  version: 1;
  survivorId: Id;
  mergedId: Id;
  originals: { a: Person; b: Person };
  merged: Person;
  choices: Record<ChoiceField, Side>;
  repoint: Repoint[];
  trash: { entity: 'person' | 'relationship'; id: Id }[];
}

const live = <T extends { deletedAt: number | null }>(r: T): boolean => r.deletedAt == null;

/** A member's second relationship with the person folds into their first: nothing either said is lost. */
function fold(keep: Relationship, gone: Relationship): Partial<Relationship> {
  const patch: Partial<Relationship> = {};
  if (!keep.how && gone.how) patch.how = gone.how;
  if (gone.metAt !== undefined && (keep.metAt === undefined || gone.metAt < keep.metAt))
    patch.metAt = gone.metAt;
  if (!keep.where && gone.where) patch.where = gone.where;
  if (!keep.introducedBy && gone.introducedBy) patch.introducedBy = gone.introducedBy;
  if (!keep.override && gone.override) patch.override = gone.override;
  if (!keep.happyToIntroduce && gone.happyToIntroduce) patch.happyToIntroduce = true;
  return patch;
}

function pick<T extends object>(record: T, keys: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, source[k] ?? null]));
}

/** A deep copy through JSON: the plan shares nothing with the caller's objects and stays serialisable. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Plans merging person `b` into person `a` (`a` survives: its id is kept). Per field the default is
 * the value whose source is surest, then the most recent (see utils/hygiene defaultChoices), which
 * `choices` overrides; every email, phone, link and tag of both is kept and provenance merged.
 * Relationships, interactions, tasks and intro requests in `related` that point at `b` move to `a`.
 */
export function planMerge(
  a: Person,
  b: Person,
  choices: MergeChoices = {},
  related: RelatedRecords = {},
  stamp: { at: number; by: MemberId } = { at: Date.now(), by: a.updatedBy },
): MergePlan {
  const merged = mergedPerson(a, b, choices, stamp);
  merged.updatedAt = stamp.at;
  merged.updatedBy = stamp.by;
  const repoint: Repoint[] = [];
  const trash: MergePlan['trash'] = [{ entity: 'person', id: b.id }];

  const rels = (related.relationships ?? []).filter(live);
  const mine = new Map(rels.filter((r) => r.personId === a.id).map((r) => [r.memberId, r]));
  for (const rel of rels.filter((r) => r.personId === b.id)) {
    const keep = mine.get(rel.memberId);
    if (keep) {
      const patch = fold(keep, rel);
      const keys = Object.keys(patch);
      if (keys.length > 0)
        repoint.push({ entity: 'relationship', id: keep.id, before: pick(keep, keys), after: patch });
      trash.push({ entity: 'relationship', id: rel.id });
    } else {
      repoint.push({
        entity: 'relationship',
        id: rel.id,
        before: { personId: b.id },
        after: { personId: a.id },
      });
    }
  }
  for (const it of (related.interactions ?? []).filter(live)) {
    if (!it.personIds.includes(b.id)) continue;
    const personIds = [...new Set(it.personIds.map((id) => (id === b.id ? a.id : id)))];
    repoint.push({
      entity: 'interaction',
      id: it.id,
      before: { personIds: [...it.personIds] },
      after: { personIds },
    });
  }
  for (const task of (related.tasks ?? []).filter(live)) {
    if (task.personId === b.id)
      repoint.push({ entity: 'task', id: task.id, before: { personId: b.id }, after: { personId: a.id } });
  }
  for (const intro of (related.introRequests ?? []).filter(live)) {
    if (intro.targetPersonId !== b.id) continue;
    repoint.push({
      entity: 'introRequest',
      id: intro.id,
      before: { targetPersonId: b.id },
      after: { targetPersonId: a.id },
    });
  }
  return copy({
    version: 1,
    survivorId: a.id,
    mergedId: b.id,
    originals: { a, b },
    merged,
    choices: { ...defaultChoices(a, b), ...choices },
    repoint,
    trash,
  });
}

import { inOneTransaction, writeMany, type Actor, type MeishiDb, type WriteOp } from '@/utils/db';
import type { Person, Relationship } from '@/utils/model';
import { newOp, putChunk, putOp, type HygieneOp, type Step } from './journal';
import { mergedPerson, type MergeChoices } from './merge-plan';
import { yieldToPage } from './yield';

export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

function diff<T extends object>(
  before: T,
  after: T,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const out = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const k of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (k === 'updatedAt' || k === 'updatedBy' || same(b[k], a[k])) continue;
    out.before[k] = b[k];
    out.after[k] = a[k];
  }
  return out;
}

/** One member's two relationships with the same person become one: nothing either said is lost. */
function combine(keep: Relationship, gone: Relationship): Partial<Relationship> {
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

/**
 * Merges `otherId` into `survivorId` inside the caller's transaction: the survivor takes the merged
 * values, the other goes to the trash, and every relationship, interaction, task and intro request
 * pointing at the other points at the survivor (a member's second relationship folds into their
 * first). All of it is one write unit; returns the journal steps that undo it exactly.
 */
export async function mergeInto(
  db: MeishiDb,
  survivorId: string,
  otherId: string,
  choices: MergeChoices,
  actor: Actor,
): Promise<Step[]> {
  if (survivorId === otherId) throw new MergeError('A person cannot be merged with themselves.');
  const [a, b] = await db.people.bulkGet([survivorId, otherId]);
  if (!a || a.deletedAt != null || !b || b.deletedAt != null) {
    throw new MergeError('One of these people is no longer here (merged or moved to the trash).');
  }
  const merged = mergedPerson(a, b, choices, { at: db.clock(), by: actor.memberId });
  const personDiff = diff(a, merged);
  const ops: WriteOp[] = [];
  const steps: Step[] = [];
  if (Object.keys(personDiff.after).length > 0) {
    ops.push({ kind: 'update', entity: 'person', id: a.id, patch: personDiff.after as Partial<Person> });
    steps.push({ entity: 'person', id: a.id, change: 'updated', ...personDiff });
  }
  ops.push({ kind: 'trash', entity: 'person', id: b.id });
  steps.push({ entity: 'person', id: b.id, change: 'trashed' });

  const repoint = <E extends 'relationship' | 'interaction' | 'task' | 'introRequest'>(
    entity: E,
    id: string,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ) => {
    ops.push({ kind: 'update', entity, id, patch: after } as WriteOp);
    steps.push({ entity, id, change: 'updated', before, after });
  };

  const [relsA, relsB, interactions, tasks, intros] = await Promise.all([
    db.relationships.where('personId').equals(a.id).toArray(),
    db.relationships.where('personId').equals(b.id).toArray(),
    db.interactions.where('personIds').equals(b.id).toArray(),
    db.tasks.where('personId').equals(b.id).toArray(),
    db.introRequests.where('targetPersonId').equals(b.id).toArray(),
  ]);
  const mine = new Map(relsA.filter((r) => r.deletedAt == null).map((r) => [r.memberId, r]));
  for (const rel of relsB) {
    const keep = mine.get(rel.memberId);
    if (keep && rel.deletedAt == null) {
      const patch = combine(keep, rel);
      if (Object.keys(patch).length > 0) {
        const before = Object.fromEntries(Object.keys(patch).map((k) => [k, keep[k as keyof Relationship]]));
        repoint('relationship', keep.id, before, patch);
      }
      ops.push({ kind: 'trash', entity: 'relationship', id: rel.id });
      steps.push({ entity: 'relationship', id: rel.id, change: 'trashed' });
    } else {
      repoint('relationship', rel.id, { personId: b.id }, { personId: a.id });
    }
  }
  for (const it of interactions) {
    const personIds = [...new Set(it.personIds.map((p) => (p === b.id ? a.id : p)))];
    repoint('interaction', it.id, { personIds: it.personIds }, { personIds });
  }
  for (const task of tasks) repoint('task', task.id, { personId: b.id }, { personId: a.id });
  for (const intro of intros)
    repoint('introRequest', intro.id, { targetPersonId: b.id }, { targetPersonId: a.id });

  await writeMany(db, [ops], actor);
  return steps;
}

export interface MergeResult {
  opId: string;
  survivorId: string;
}

/** Merges two people as one synced operation, undoable for 30 days with `undoOp(opId)`. */
export async function mergePeople(
  db: MeishiDb,
  survivorId: string,
  otherId: string,
  choices: MergeChoices,
  actor: Actor,
): Promise<MergeResult> {
  return inOneTransaction(db, async () => {
    const [a, b] = await db.people.bulkGet([survivorId, otherId]);
    const op = newOp(
      'merge',
      actor.memberId,
      `${a?.displayName ?? '?'} + ${b?.displayName ?? '?'}`,
      db.clock(),
    );
    const steps = await mergeInto(db, survivorId, otherId, choices, actor);
    await putChunk(db, op, 0, { steps, undone: false });
    await putOp(db, { ...op, status: 'done', counts: { merged: 2 } });
    return { opId: op.id, survivorId };
  });
}

/** The oldest record of a group survives: its id is the one others have most likely linked to. */
export function survivorOf(people: readonly Person[]): Person | undefined {
  return [...people].sort((x, y) => x.createdAt - y.createdAt || (x.id < y.id ? -1 : 1))[0];
}

export interface AutoMergeResult {
  opId: string;
  /** Groups merged. */
  groups: number;
  /** Records merged away (moved to the trash, their links moved to the survivor). */
  merged: number;
}

/**
 * Merges each group of exact duplicates (same personal email, phone or LinkedIn profile) into its
 * oldest record with the default choice per field, many groups per transaction, as one operation
 * the user can undo in one step.
 */
export async function autoMerge(
  db: MeishiDb,
  groups: readonly (readonly string[])[],
  actor: Actor,
  onProgress?: (done: number, total: number) => void,
  groupsPerChunk = 50,
): Promise<AutoMergeResult> {
  const op: HygieneOp = newOp('auto-merge', actor.memberId, `${groups.length}`, db.clock());
  const result: AutoMergeResult = { opId: op.id, groups: 0, merged: 0 };
  await putOp(db, op);
  for (let start = 0, n = 0; start < groups.length; start += groupsPerChunk, n += 1) {
    await inOneTransaction(db, async () => {
      const steps: Step[] = [];
      for (const ids of groups.slice(start, start + groupsPerChunk)) {
        const people = (await db.people.bulkGet([...ids])).filter(
          (p): p is Person => p !== undefined && p.deletedAt == null,
        );
        const survivor = survivorOf(people);
        if (!survivor || people.length < 2) continue;
        for (const other of people) {
          if (other.id === survivor.id) continue;
          steps.push(...(await mergeInto(db, survivor.id, other.id, {}, actor)));
          result.merged += 1;
        }
        result.groups += 1;
      }
      if (steps.length > 0) await putChunk(db, op, n, { steps, undone: false });
      op.counts = { merged: result.merged, groups: result.groups };
      await putOp(db, op);
    });
    onProgress?.(Math.min(groups.length, start + groupsPerChunk), groups.length);
    await yieldToPage();
  }
  await putOp(db, { ...op, status: 'done' });
  return result;
}

/** "Not the same person": remembered on both records, so it syncs and nobody is asked again. */
export async function markNotDuplicate(db: MeishiDb, aId: string, bId: string, actor: Actor): Promise<void> {
  await inOneTransaction(db, async () => {
    const [a, b] = await db.people.bulkGet([aId, bId]);
    if (!a || !b) throw new MergeError('One of these people is no longer here.');
    const add = (p: Person, other: string) => [...new Set([...(p.notDuplicateOf ?? []), other])];
    await writeMany(
      db,
      [
        [
          { kind: 'update', entity: 'person', id: a.id, patch: { notDuplicateOf: add(a, b.id) } },
          { kind: 'update', entity: 'person', id: b.id, patch: { notDuplicateOf: add(b, a.id) } },
        ],
      ],
      actor,
    );
  });
}

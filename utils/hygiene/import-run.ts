import { inOneTransaction, writeMany, type Actor, type MeishiDb, type WriteOp } from '@/utils/db';
import { z } from 'zod';
import { ImportErrorSchema, type ImportError, type ImportFormat, type ImportedRow } from '@/utils/io';
import { newId, type Person, type Visibility } from '@/utils/model';
import { absorbImported, foldRows, type PersonFields } from './absorb';
import { keysOfRow, peopleByKey } from './import-match';
import { newOp, putChunk, putOp, type HygieneOp, type Step } from './journal';
import { yieldToPage } from './yield';

export interface ImportSource {
  rows: readonly ImportedRow[];
  /** Hard keys per row, when the preview computed them already. */
  keys?: readonly string[][];
  /** Rows the parser could not read: carried into the summary. */
  errors?: readonly ImportError[];
  format: ImportFormat;
  /** The file name, shown in recent changes. */
  label: string;
}

export interface RunImportOptions {
  actor: Actor;
  visibility?: Visibility;
  /** How we met, for rows whose format does not say ("Imported from Google Contacts"). */
  how?: string;
  /** Rows saved per transaction. */
  chunkSize?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  done: number;
  total: number;
  created: number;
  updated: number;
}

export const ImportSummarySchema = z.object({
  opId: z.string(),
  total: z.number(),
  /** New people. */
  created: z.number(),
  /** People already here who got something new. */
  updated: z.number(),
  /** Rows that matched someone and brought nothing new. */
  unchanged: z.number(),
  /** Rows folded into an earlier row of the same file (the same person twice). */
  repeated: z.number(),
  /** Rows not saved, with line and reason: the parser's and the store's. */
  failed: z.array(ImportErrorSchema),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

interface CreatePlan {
  kind: 'create';
  id: string;
  fields: PersonFields;
  first: ImportedRow;
  lines: number[];
}
interface UpdatePlan {
  kind: 'update';
  original: Person;
  working: Person;
  first: ImportedRow;
  lines: number[];
  hasRelationship: boolean;
}
type Plan = CreatePlan | UpdatePlan;

function fieldsOf(row: ImportedRow): PersonFields {
  const { line: _line, metAt: _metAt, how: _how, ...fields } = row;
  return fields;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedKeys(before: Person, after: Person): (keyof Person)[] {
  return (Object.keys(after) as (keyof Person)[]).filter((k) => !same(before[k], after[k]));
}

function pick(record: Person, fields: readonly (keyof Person)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = record[f];
  return out;
}

interface ChunkContext {
  db: MeishiDb;
  op: HygieneOp;
  options: RunImportOptions;
  summary: ImportSummary;
  /** People this import created: a later row matching one of them is a repeat, not an update. */
  createdIds: Set<string>;
  /** Identity key → people holding it: those here before the import, then those it saved. */
  found: Map<string, string[]>;
}

/** Decides, row by row, whom each row creates or updates (rows of one person fold together). */
async function planChunk(
  db: MeishiDb,
  rows: readonly ImportedRow[],
  keys: readonly string[][],
  memberId: string,
  found: ReadonlyMap<string, string[]>,
): Promise<{ plans: Plan[]; repeated: number }> {
  const ids = [...new Set(keys.flat().flatMap((k) => found.get(k) ?? []))];
  const people = new Map<string, Person>();
  for (const p of await db.people.bulkGet(ids)) if (p && p.deletedAt == null) people.set(p.id, p);
  // One request per person, in parallel: `anyOf` would walk a cursor with a round trip per id.
  const rels = await Promise.all(
    [...people.keys()].map((id) => db.relationships.where('personId').equals(id).toArray()),
  );
  const known = new Set(
    rels
      .flat()
      .filter((r) => r.memberId === memberId && r.deletedAt == null)
      .map((r) => r.personId),
  );

  const plans: Plan[] = [];
  const byKey = new Map<string, Plan>();
  const updates = new Map<string, UpdatePlan>();
  let repeated = 0;
  rows.forEach((row, i) => {
    const rowKeys = keys[i] ?? [];
    const fields = fieldsOf(row);
    let plan = rowKeys.map((k) => byKey.get(k)).find((p) => p !== undefined);
    if (plan) repeated += 1;
    if (!plan) {
      // The person sharing the most keys with the row (an email and a phone beat a phone alone).
      const votes = new Map<string, number>();
      for (const k of rowKeys) for (const id of found.get(k) ?? []) votes.set(id, (votes.get(id) ?? 0) + 1);
      const best = [...votes].filter(([id]) => people.has(id)).sort((a, b) => b[1] - a[1])[0]?.[0];
      if (best) {
        plan = updates.get(best);
        if (!plan) {
          const original = people.get(best)!;
          const created: UpdatePlan = {
            kind: 'update',
            original,
            working: original,
            first: row,
            lines: [],
            hasRelationship: known.has(best),
          };
          updates.set(best, created);
          plans.push(created);
          plan = created;
        }
      }
    }
    if (!plan) {
      plan = { kind: 'create', id: newId(), fields, first: row, lines: [row.line] };
      plans.push(plan);
    } else if (plan.kind === 'create') {
      plan.fields = foldRows(plan.fields, fields);
      plan.lines.push(row.line);
    } else {
      plan.working = { ...plan.working, ...absorbImported(plan.working, fields) };
      plan.lines.push(row.line);
    }
    for (const k of rowKeys) byKey.set(k, plan);
  });
  return { plans, repeated };
}

function relationshipOp(row: ImportedRow, personId: string, ctx: ChunkContext): WriteOp {
  const how = row.how ?? ctx.options.how;
  return {
    kind: 'create',
    entity: 'relationship',
    input: {
      id: newId(),
      personId,
      memberId: ctx.options.actor.memberId,
      ...(how ? { how } : {}),
      ...(row.metAt !== undefined ? { metAt: row.metAt } : {}),
      visibility: ctx.options.visibility ?? 'team',
    },
  };
}

async function saveChunk(
  ctx: ChunkContext,
  n: number,
  rows: readonly ImportedRow[],
  keys: readonly string[][],
): Promise<void> {
  const { db, options, summary } = ctx;
  await inOneTransaction(db, async () => {
    const { plans, repeated } = await planChunk(db, rows, keys, options.actor.memberId, ctx.found);
    summary.repeated += repeated;
    const keysByLine = new Map(rows.map((r, i) => [r.line, keys[i] ?? []]));
    const units: WriteOp[][] = [];
    const unitPlans: Plan[] = [];
    for (const plan of plans) {
      if (plan.kind === 'create') {
        units.push([
          {
            kind: 'create',
            entity: 'person',
            input: {
              ...plan.fields,
              id: plan.id,
              status: 'contact',
              visibility: options.visibility ?? 'team',
            },
          },
          relationshipOp(plan.first, plan.id, ctx),
        ]);
        unitPlans.push(plan);
        continue;
      }
      const changed = changedKeys(plan.original, plan.working);
      const unit: WriteOp[] = [];
      if (changed.length > 0) {
        const patch = pick(plan.working, changed) as Partial<Person>;
        unit.push({ kind: 'update', entity: 'person', id: plan.original.id, patch });
      }
      if (!plan.hasRelationship) unit.push(relationshipOp(plan.first, plan.original.id, ctx));
      if (unit.length === 0) {
        if (ctx.createdIds.has(plan.original.id)) summary.repeated += 1;
        else summary.unchanged += 1;
        continue;
      }
      units.push(unit);
      unitPlans.push(plan);
    }

    const result = await writeMany(db, units, options.actor, { skipInvalid: true });
    const rejected = new Map(result.rejected.map((r) => [r.unit, r.error]));
    const steps: Step[] = [];
    units.forEach((unit, u) => {
      const plan = unitPlans[u]!;
      const error = rejected.get(u);
      if (error) {
        for (const line of plan.lines) summary.failed.push({ line, reason: error.message });
        return;
      }
      for (const op of unit) {
        if (op.kind === 'create') steps.push({ entity: op.entity, id: op.input.id, change: 'created' });
        else if (op.kind === 'update' && plan.kind === 'update') {
          const fields = Object.keys(op.patch) as (keyof Person)[];
          steps.push({
            entity: 'person',
            id: op.id,
            change: 'updated',
            before: pick(plan.original, fields),
            after: pick(plan.working, fields),
          });
        }
      }
      const id = plan.kind === 'create' ? plan.id : plan.original.id;
      for (const line of plan.lines) for (const k of keysByLine.get(line) ?? []) ctx.found.set(k, [id]);
      if (plan.kind === 'create') {
        summary.created += 1;
        ctx.createdIds.add(plan.id);
      } else if (ctx.createdIds.has(plan.original.id)) summary.repeated += 1;
      else summary.updated += 1;
    });
    ctx.op.counts = countsOf(summary);
    if (steps.length > 0) await putChunk(db, ctx.op, n, { steps, undone: false });
    await putOp(db, ctx.op);
  });
}

function countsOf(s: ImportSummary): Record<string, number> {
  return {
    total: s.total,
    created: s.created,
    updated: s.updated,
    unchanged: s.unchanged,
    repeated: s.repeated,
    failed: s.failed.length,
  };
}

/**
 * Saves imported rows: each new person lands whole with its relationship ("how we met") and the
 * import's provenance, each row matching someone here by email, phone or LinkedIn profile updates
 * that person instead, and a row the store refuses is reported with its line. Runs in chunks of
 * `chunkSize` rows, one transaction each, yielding to the page between them; the journal written
 * with each chunk lets `undoOp(summary.opId)` reverse the whole import as one step.
 */
export async function runImport(
  db: MeishiDb,
  source: ImportSource,
  options: RunImportOptions,
): Promise<ImportSummary> {
  const { rows } = source;
  // A chunk is one transaction, and its validation, keys and search tokens run without a break:
  // 150 rows take 50-70 ms of main-thread CPU, so even a busy machine keeps frames under 250 ms.
  // Halving from 300 cost no measurable CPU (10,000 rows, twice each): IndexedDB's price is per
  // row and per index entry, not per transaction.
  const chunkSize = options.chunkSize ?? 150;
  const op = newOp('import', options.actor.memberId, source.label, db.clock(), { format: source.format });
  const summary: ImportSummary = {
    opId: op.id,
    total: rows.length + (source.errors?.filter((e) => e.line > 0).length ?? 0),
    created: 0,
    updated: 0,
    unchanged: 0,
    repeated: 0,
    failed: [...(source.errors ?? [])],
  };
  const allKeys = source.keys ?? rows.map((r) => keysOfRow(r, options.actor.region));
  const ctx: ChunkContext = {
    db,
    op,
    options,
    summary,
    createdIds: new Set(),
    found: await peopleByKey(db, allKeys.flat()),
  };
  await putOp(db, op);
  for (let start = 0, n = 0; start < rows.length; start += chunkSize, n += 1) {
    const slice = rows.slice(start, start + chunkSize);
    const keys = allKeys.slice(start, start + chunkSize);
    await saveChunk(ctx, n, slice, keys);
    options.onProgress?.({
      done: Math.min(rows.length, start + chunkSize),
      total: rows.length,
      created: summary.created,
      updated: summary.updated,
    });
    await yieldToPage();
  }
  summary.failed.sort((a, b) => a.line - b.line);
  op.status = 'done';
  op.counts = countsOf(summary);
  await putOp(db, op);
  return summary;
}

import {
  createRecord,
  inOneTransaction,
  NotFoundError,
  restoreRecord,
  trashRecord,
  updateRecord,
  ValidationError,
  type MeishiDb,
} from '../../../utils/db/index';
import type { EntityName, Role } from '../../../utils/model/index';
import { SimulatedCrash } from '../../../utils/sync/errors';
import type { Device } from './device';
import type { Rng } from './rng';

export interface SimDevice {
  label: string;
  device: Device;
  role: Role;
  /** Throw a simulated crash at one of the engine's crash points during the next sync. */
  armed: boolean;
}

const NAMES = [
  'Aiko Tanaka',
  'Ben Ito',
  '山田 太郎',
  'Chloé Martin',
  'Daichi Sato',
  'Emma Stone',
  '加藤 文子',
  'Gen Mori',
];
const EMAILS = [
  'aiko@example.jp',
  'ben@acme.example',
  'taro@yamada.example',
  'chloe@example.fr',
  'daichi@example.jp',
];
const PHONES = ['03-1234-5678', '090-1111-2222', '+81 6 6000 0000'];
const WORDS = [
  'CTO',
  'Sales',
  'met at expo',
  'Osaka',
  'Tokyo',
  'follow up',
  'intro via Ken',
  'VP Product',
  'Kyoto',
];
const TAGS = ['vip', 'expo', 'partner', 'hiring', 'fintech'];
const VIS = ['team', 'team', 'signal', 'private'] as const;

/** Errors a user's action can meet in a replicated world: the record vanished, or the edit was not valid. */
function expected(error: unknown): boolean {
  // Dexie re-wraps errors whose name matches a DOMException name (NotFoundError) and keeps the original as `inner`.
  const inner = (error as { inner?: unknown } | null)?.inner ?? error;
  return inner instanceof NotFoundError || inner instanceof ValidationError;
}

let tracer: ((line: string) => void) | null = null;
/** Replays print what each device did when a trace is asked for. */
export function setTracer(fn: ((line: string) => void) | null): void {
  tracer = fn;
}
export function trace(line: string): void {
  tracer?.(line);
}

export async function guard(work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof SimulatedCrash) throw error;
    return expected(error) ? null : `unexpected ${error instanceof Error ? error.stack : String(error)}`;
  }
}

async function live(
  db: MeishiDb,
  table: 'people' | 'companies' | 'relationships' | 'tasks' | 'interactions',
) {
  return (await db.table(table).toArray()).filter(
    (r: { deletedAt?: number | null }) => r.deletedAt == null,
  ) as {
    id: string;
    createdBy: string;
    memberId?: string;
    visibility?: string;
    emails?: { value: string }[];
    tags?: string[];
  }[];
}

export function personInput(rng: Rng) {
  return {
    displayName: rng.pick(NAMES),
    emails: rng.chance(0.6) ? [{ value: rng.pick(EMAILS) }] : [],
    phones: rng.chance(0.3) ? [{ raw: rng.pick(PHONES) }] : [],
    tags: rng.chance(0.4) ? [rng.pick(TAGS)] : [],
    visibility: rng.pick(VIS),
    ...(rng.chance(0.5) ? { companyName: rng.pick(['Acme', '株式会社サンプル', 'Globex']) } : {}),
  };
}

/** One user action on a device, through the same write path the extension uses. */
export async function writeOp(rng: Rng, sim: SimDevice): Promise<string | null> {
  const { db } = sim.device;
  const actor = await sim.device.actor();
  const me = actor.memberId;
  const kind = rng.pick([
    'person',
    'person',
    'relationship',
    'company',
    'interaction',
    'task',
    'edit',
    'edit',
    'edit',
    'trash',
    'restore',
    'visibility',
    'merge',
  ] as const);
  trace(`${sim.label} ${kind}`);
  return guard(async () => {
    switch (kind) {
      case 'person': {
        await inOneTransaction(db, async () => {
          const p = await createRecord(db, 'person', personInput(rng), actor);
          trace(`  person ${p.id} ${p.visibility}`);
          if (rng.chance(0.6)) {
            await createRecord(
              db,
              'relationship',
              { memberId: me, personId: p.id, how: rng.pick(WORDS), visibility: rng.pick(VIS) },
              actor,
            );
          }
        });
        return;
      }
      case 'relationship': {
        const people = await live(db, 'people');
        if (people.length === 0) return;
        const p = rng.pick(people);
        await createRecord(
          db,
          'relationship',
          { memberId: me, personId: p.id, how: rng.pick(WORDS), visibility: rng.pick(VIS) },
          actor,
        );
        return;
      }
      case 'company':
        await createRecord(
          db,
          'company',
          { name: rng.pick(['Acme', 'Globex', 'Initech', '株式会社サンプル']), visibility: rng.pick(VIS) },
          actor,
        );
        return;
      case 'interaction': {
        const people = await live(db, 'people');
        if (people.length === 0) return;
        await createRecord(
          db,
          'interaction',
          {
            memberId: me,
            personIds: [rng.pick(people).id],
            kind: 'meeting',
            at: db.clock(),
            note: rng.pick(WORDS),
            visibility: rng.pick(VIS),
          },
          actor,
        );
        return;
      }
      case 'task': {
        const people = await live(db, 'people');
        await createRecord(
          db,
          'task',
          {
            title: rng.pick(WORDS),
            ...(people.length && rng.chance(0.7) ? { personId: rng.pick(people).id } : {}),
            visibility: rng.pick(VIS),
          },
          actor,
        );
        return;
      }
      case 'edit':
        await editSomething(rng, db, actor);
        return;
      case 'trash': {
        const table = rng.pick(['people', 'relationships', 'companies', 'tasks'] as const);
        const rows = await live(db, table);
        if (rows.length === 0) return;
        const id = rng.pick(rows).id;
        trace(`  trash ${table} ${id}`);
        await trashRecord(db, entityOf(table), id, actor);
        return;
      }
      case 'restore': {
        const table = rng.pick(['people', 'relationships', 'companies'] as const);
        const rows = (await db.table(table).toArray()).filter(
          (r: { deletedAt?: number | null }) => r.deletedAt != null,
        );
        if (rows.length === 0) return;
        const id = (rng.pick(rows) as { id: string }).id;
        trace(`  restore ${table} ${id}`);
        await restoreRecord(db, entityOf(table), id, actor);
        return;
      }
      case 'visibility': {
        const table = rng.pick(['people', 'relationships', 'companies'] as const);
        const rows = (await live(db, table)).filter((r) => r.createdBy === me || rng.chance(0.2));
        if (rows.length === 0) return;
        const id = rng.pick(rows).id;
        const visibility = rng.pick(VIS);
        trace(`  visibility ${table} ${id} ${visibility}`);
        await updateRecord(db, entityOf(table), id, { visibility }, actor);
        return;
      }
      case 'merge': {
        const people = await live(db, 'people');
        if (people.length < 2) return;
        const a = rng.pick(people);
        const b = rng.pick(people.filter((p) => p.id !== a.id));
        trace(`  merge ${b.id} into ${a.id}`);
        await inOneTransaction(db, async () => {
          const emails = [...(a.emails ?? []), ...(b.emails ?? [])].filter(
            (e, i, all) => all.findIndex((x) => x.value === e.value) === i,
          );
          const tags = [...new Set([...(a.tags ?? []), ...(b.tags ?? [])])];
          await updateRecord(db, 'person', a.id, { emails, tags }, actor);
          const mine = await db.relationships
            .where('personId')
            .equals(b.id)
            .filter((r) => r.memberId === me)
            .toArray();
          for (const r of mine) await updateRecord(db, 'relationship', r.id, { personId: a.id }, actor);
          await trashRecord(db, 'person', b.id, actor);
        });
        return;
      }
    }
  });
}

function entityOf(table: 'people' | 'relationships' | 'companies' | 'tasks'): EntityName {
  return ({ people: 'person', relationships: 'relationship', companies: 'company', tasks: 'task' } as const)[
    table
  ];
}

export async function editSomething(
  rng: Rng,
  db: MeishiDb,
  actor: { memberId: string; region?: string },
  id?: string,
) {
  const people = await live(db, 'people');
  const target = id ?? (people.length ? rng.pick(people).id : undefined);
  if (!target) return;
  const field = rng.pick([
    'title',
    'notes',
    'location',
    'tags',
    'status',
    'emails',
    'companyName',
    'title',
  ] as const);
  const patch =
    field === 'tags'
      ? {
          tags: rng.chance(0.3)
            ? []
            : [rng.pick(TAGS), rng.pick(TAGS)].filter((t, i, all) => all.indexOf(t) === i),
        }
      : field === 'status'
        ? { status: rng.pick(['lead', 'contact', 'customer', 'partner'] as const) }
        : field === 'emails'
          ? { emails: rng.chance(0.3) ? [] : [{ value: rng.pick(EMAILS) }] }
          : { [field]: rng.chance(0.15) ? undefined : `${rng.pick(WORDS)} ${rng.int(1000)}` };
  trace(`  edit ${target} ${JSON.stringify(patch)}`);
  await updateRecord(db, 'person', target, patch, actor);
}

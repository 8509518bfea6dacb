import type { MeishiDb } from '@/utils/db';
import { hasCjk } from '@/utils/identity';
import type { Interaction, Relationship, Visibility } from '@/utils/model';
import { computeStrength } from '@/utils/relationship/strength';
import type { Access, MyTie, TeamLine } from '@/utils/inpage/views';
import { rowsWhereAnyOf } from '@/utils/db/rows-where';

/**
 * Who knows a person, as one member may see it. The team server already sends each member only
 * their projection of others' records; the same rules are applied again here so that a record
 * that reached the local store some other way (an import, an older server) still never shows
 * more than its visibility allows: `private` shows nothing, `signal` only "Aiko knows someone
 * by this name", `team` everything.
 */

export type Level = Access | 'hidden';

const RANK: Record<Level, number> = { hidden: 0, signal: 1, full: 2 };
const lower = (a: Level, b: Level): Level => (RANK[a] <= RANK[b] ? a : b);

/** A record's level for `me`: my own records are always whole. */
export function levelOf(rec: { createdBy: string; visibility: Visibility }, me: string): Level {
  if (rec.createdBy === me) return 'full';
  return rec.visibility === 'team' ? 'full' : rec.visibility === 'signal' ? 'signal' : 'hidden';
}

/** "AK" for Aiko Kato, "加" for 加藤 愛子 (one character already says the family name). */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  if (hasCjk(first)) return [...first][0] ?? '?';
  const last = words.length > 1 ? ([...(words.at(-1) ?? '')][0] ?? '') : '';
  return `${[...first][0] ?? ''}${last}`.toUpperCase();
}

export interface TieContext {
  me: string;
  names: ReadonlyMap<string, string>;
  now: number;
  halfLifeDays: number;
}

export interface Ties {
  mine?: MyTie;
  team: TeamLine[];
}

/** Full lines by strength, then signal lines; ties by name so the order never flickers. */
export function compareLines(a: TeamLine, b: TeamLine): number {
  if (a.kind !== b.kind) return a.kind === 'full' ? -1 : 1;
  if (a.kind === 'full' && b.kind === 'full' && a.score !== b.score) return b.score - a.score;
  return a.name.localeCompare(b.name);
}

/** The relationships and interactions of `ids`, in one read transaction: each id one index read. */
export async function tieRowsOf(
  db: MeishiDb,
  ids: readonly string[],
): Promise<{ rels: Relationship[]; interactions: Interaction[] }> {
  if (ids.length === 0) return { rels: [], interactions: [] };
  const [rels, interactions] = await db.transaction('r', db.relationships, db.interactions, () =>
    Promise.all([
      rowsWhereAnyOf(db.relationships, 'personId', ids),
      rowsWhereAnyOf(db.interactions, 'personIds', ids),
    ]),
  );
  return { rels, interactions };
}

/** Ties with each of `people` (id → the viewer's level of that person), read from the store. */
export async function tiesOfPeople(
  db: MeishiDb,
  people: ReadonlyMap<string, Access>,
  ctx: TieContext,
): Promise<Map<string, Ties>> {
  return tiesFrom(await tieRowsOf(db, [...people.keys()]), people, ctx);
}

/**
 * Ties with each of `people` from their rows (rows of anyone else are ignored). Interactions
 * count only when the viewer may see them: their own, or team-visible ones about a person the
 * viewer sees whole.
 */
export function tiesFrom(
  { rels, interactions }: { rels: readonly Relationship[]; interactions: readonly Interaction[] },
  people: ReadonlyMap<string, Access>,
  ctx: TieContext,
): Map<string, Ties> {
  const ids = [...people.keys()];
  const out = new Map<string, Ties>(ids.map((id) => [id, { team: [] }]));
  if (ids.length === 0) return out;
  const seen = new Map<string, Interaction>();
  for (const it of interactions) seen.set(it.id, it);
  const visibleInteractions = [...seen.values()].filter(
    (it) =>
      it.deletedAt == null &&
      (it.memberId === ctx.me ||
        (it.visibility === 'team' && it.personIds.every((pid) => people.get(pid) !== 'signal'))),
  );
  const opts = { clock: () => ctx.now, halfLifeDays: ctx.halfLifeDays };
  for (const r of rels) {
    const personLevel = people.get(r.personId);
    const ties = out.get(r.personId);
    if (r.deletedAt != null || !personLevel || !ties) continue;
    if (r.memberId === ctx.me) {
      const s = computeStrength(r, visibleInteractions, opts);
      ties.mine = { ...tieFields(r), score: s.score, band: s.band, reasons: s.reasons };
      continue;
    }
    const level = lower(levelOf({ createdBy: r.memberId, visibility: r.visibility }, ctx.me), personLevel);
    if (level === 'hidden') continue;
    const name = ctx.names.get(r.memberId) ?? r.memberId;
    const base = { memberId: r.memberId, name, initials: initialsOf(name) };
    if (level === 'signal') {
      ties.team.push({ kind: 'signal', ...base });
      continue;
    }
    const s = computeStrength(r, visibleInteractions, opts);
    ties.team.push({
      kind: 'full',
      ...base,
      score: s.score,
      band: s.band,
      reasons: s.reasons,
      ...(r.how ? { how: r.how } : {}),
      happyToIntroduce: r.happyToIntroduce,
    });
  }
  for (const ties of out.values()) ties.team.sort(compareLines);
  return out;
}

function tieFields(r: Relationship): Pick<MyTie, 'how' | 'where' | 'metAt'> {
  return {
    ...(r.how ? { how: r.how } : {}),
    ...(r.where ? { where: r.where } : {}),
    ...(r.metAt !== undefined ? { metAt: r.metAt } : {}),
  };
}

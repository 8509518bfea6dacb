import { getDb, inOneTransaction, updateRecord } from '@/utils/db';
import { currentActor } from '@/utils/background/actor';
import { withManual } from './person-draft';

const CHUNK = 200;

function replaced(tags: readonly string[], from: string, to: string): string[] {
  return [...new Set(tags.map((t) => (t === from ? to : t)))];
}

/**
 * Rename a tag everywhere, or merge it into another when `to` exists already: each record changes
 * through the write path (so the team sees it), in transactions of a few hundred so a large tag
 * never holds the database for long. Returns how many records changed.
 */
export async function renameTag(
  from: string,
  to: string,
  companyIds: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const target = to.trim();
  if (!target || target === from) return 0;
  const db = getDb();
  const actor = await currentActor();
  const personIds = await db.people.where('tags').equals(from).primaryKeys();
  const work: { entity: 'person' | 'company'; id: string }[] = [
    ...personIds.map((id) => ({ entity: 'person' as const, id })),
    ...companyIds.map((id) => ({ entity: 'company' as const, id })),
  ];
  let done = 0;
  for (let i = 0; i < work.length; i += CHUNK) {
    const slice = work.slice(i, i + CHUNK);
    await inOneTransaction(db, async () => {
      for (const item of slice) {
        const now = Date.now();
        if (item.entity === 'person') {
          const p = await db.people.get(item.id);
          if (!p || !p.tags.includes(from)) continue;
          const provenance = withManual(p.provenance, ['tags'], actor.memberId, now);
          await updateRecord(db, 'person', p.id, { tags: replaced(p.tags, from, target), provenance }, actor);
        } else {
          const c = await db.companies.get(item.id);
          if (!c || !c.tags.includes(from)) continue;
          const provenance = withManual(c.provenance, ['tags'], actor.memberId, now);
          await updateRecord(
            db,
            'company',
            c.id,
            { tags: replaced(c.tags, from, target), provenance },
            actor,
          );
        }
      }
    });
    done += slice.length;
    onProgress?.(done, work.length);
  }
  return done;
}

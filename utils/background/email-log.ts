import {
  createRecord,
  findByKeys,
  getDb,
  inOneTransaction,
  updateRecord,
  type Actor,
  type MeishiDb,
} from '@/utils/db';
import { emailKey } from '@/utils/identity';
import type { EmailLogged } from '@/utils/messaging/intro';
import type { MessageData, Replies } from '@/utils/messaging/protocol';
import type { Person, Visibility } from '@/utils/model';
import { getSettings } from '@/utils/settings/settings';
import { currentActor } from './actor';
import { levelOf } from './visible-ties';

/**
 * The email already logged by this member at this very instant: logging it again (one click, then the
 * automatic pass, or for another person on it) finds it instead of making a second.
 */
async function alreadyLogged(db: MeishiDb, memberId: string, at: number) {
  const same = await db.interactions.where('at').equals(at).toArray();
  return same.find((it) => it.deletedAt == null && it.memberId === memberId && it.kind === 'email');
}

/** An interaction is never more visible than the most private card it names. */
function visibilityOf(people: readonly Person[]): Visibility {
  return people.some((p) => p.visibility !== 'team') ? 'private' : 'team';
}

async function visiblePeople(db: MeishiDb, ids: readonly string[], me: string): Promise<Person[]> {
  const rows = await db.people.bulkGet([...new Set(ids)]);
  return rows.filter((p): p is Person => !!p && p.deletedAt == null && levelOf(p, me) !== 'hidden');
}

async function write(
  db: MeishiDb,
  actor: Actor,
  people: Person[],
  at: number,
  direction: 'inbound' | 'outbound' | undefined,
): Promise<{ interactionId: string; created: boolean }> {
  const personIds = people.map((p) => p.id);
  return inOneTransaction(db, async () => {
    const existing = await alreadyLogged(db, actor.memberId, at);
    if (existing) {
      // Logged before with fewer of its people (one click for one person): the others join it.
      const missing = personIds.filter((id) => !existing.personIds.includes(id));
      if (missing.length > 0)
        await updateRecord(
          db,
          'interaction',
          existing.id,
          { personIds: [...existing.personIds, ...missing] },
          actor,
        );
      return { interactionId: existing.id, created: false };
    }
    const it = await createRecord(
      db,
      'interaction',
      {
        memberId: actor.memberId,
        personIds,
        kind: 'email',
        at,
        ...(direction ? { direction } : {}),
        visibility: visibilityOf(people),
      },
      actor,
    );
    return { interactionId: it.id, created: true };
  });
}

/** "Log this email" from the popover: one click, dated from the message. */
export async function logEmail(data: MessageData<'logEmail'>): Promise<Replies['logEmail']> {
  const db = getDb();
  const actor = await currentActor();
  const people = await visiblePeople(db, data.personIds, actor.memberId);
  if (people.length === 0) throw new Error('That person is not saved.');
  return write(db, actor, people, data.at, data.direction);
}

/** Saved people (that I may see) by the email addresses of a message. */
async function peopleByEmail(
  db: MeishiDb,
  emails: readonly string[],
  me: string,
): Promise<Map<string, Person>> {
  const keys = new Map<string, string>();
  for (const e of emails) {
    const k = emailKey(e);
    if (k.ok) keys.set(`email:${k.key}`, e.toLowerCase());
  }
  const hits = await findByKeys(db, [...keys.keys()]);
  const out = new Map<string, Person>();
  for (const hit of hits.values()) {
    if (hit.entity !== 'person') continue;
    const [person] = await visiblePeople(db, [hit.id], me);
    if (!person) continue;
    for (const k of hit.matched) {
      const email = keys.get(k);
      if (email) out.set(email, person);
    }
  }
  return out;
}

/**
 * The messages of an open thread, seen by the webmail content script. With automatic logging on
 * (Settings.autoLogEmails, off by default) each message with saved people is logged once; with it
 * off nothing is written and the answer only says what could be logged.
 */
export async function emailsSeen(data: MessageData<'emailsSeen'>): Promise<Replies['emailsSeen']> {
  const db = getDb();
  const [actor, settings] = await Promise.all([currentActor(), getSettings()]);
  const out: EmailLogged = { logged: [], offered: [], skipped: 0 };
  const all = data.messages.flatMap((m) => [m.from, ...m.to]);
  const known = await peopleByEmail(db, all, actor.memberId);
  for (const m of data.messages) {
    const sender = known.get(m.from.toLowerCase());
    const people = new Map<string, Person>();
    if (sender) people.set(sender.id, sender);
    for (const to of m.to) {
      const p = known.get(to.toLowerCase());
      if (p) people.set(p.id, p);
    }
    if (people.size === 0) continue;
    const list = [...people.values()];
    if (!settings.autoLogEmails) {
      out.offered.push({ messageKey: m.messageKey, at: m.at, personIds: list.map((p) => p.id) });
      continue;
    }
    const result = await write(db, actor, list, m.at, sender ? 'inbound' : 'outbound');
    if (result.created)
      out.logged.push({
        messageKey: m.messageKey,
        interactionId: result.interactionId,
        personIds: [...people.keys()],
      });
    else out.skipped += 1;
  }
  return out;
}

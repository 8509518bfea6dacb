import { getDb, type MeishiDb } from '@/utils/db';
import { currentActor } from '@/utils/background/actor';
import type { Actor } from '@/utils/db';

/** Every user change goes through the write path with the current member as the actor. */
export async function withActor<T>(fn: (db: MeishiDb, actor: Actor) => Promise<T>): Promise<T> {
  return fn(getDb(), await currentActor());
}

import { getDb } from '@/utils/db';
import type { MessageData, Replies } from '@/utils/messaging/protocol';

/** Tags already in use, for autocomplete: prefix matches first, case-insensitively, at most 20. */
export async function tags(data: MessageData<'tags'>): Promise<Replies['tags']> {
  const all = (await getDb().people.orderBy('tags').uniqueKeys()).filter(
    (k): k is string => typeof k === 'string',
  );
  const prefix = data.prefix.trim().toLowerCase();
  const starts = all.filter((t) => t.toLowerCase().startsWith(prefix));
  const contains = prefix
    ? all.filter((t) => !t.toLowerCase().startsWith(prefix) && t.toLowerCase().includes(prefix))
    : [];
  return { tags: [...starts, ...contains].slice(0, 20) };
}

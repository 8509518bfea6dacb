import { z } from 'zod';
import { getDb } from '@/utils/db';

const MembersSchema = z.array(z.object({ id: z.string(), name: z.string() }));

/** Team members' display names, as last fetched from the team server. */
export async function memberNames(): Promise<Map<string, string>> {
  const row = await getDb().meta.get('members');
  const parsed = MembersSchema.safeParse(row?.value ?? []);
  return new Map(parsed.success ? parsed.data.map((m) => [m.id, m.name]) : []);
}

import { getDb } from '@/utils/db';
import type { Actor } from '@/utils/db';
import { getSettings } from '@/utils/settings/settings';

/** The member id set when joining a team; before that this replica's user is "local". */
export async function currentMemberId(): Promise<string> {
  const row = await getDb().meta.get('memberId');
  return typeof row?.value === 'string' ? row.value : 'local';
}

export async function currentActor(): Promise<Actor> {
  const [memberId, settings] = await Promise.all([currentMemberId(), getSettings()]);
  return { memberId, region: settings.phoneRegion };
}

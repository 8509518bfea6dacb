import { z } from 'zod';
import { getDb } from '@/utils/db/db';
import { t } from '@/utils/i18n';
import { useLiveQuery } from '@/components/ui/use-live-query';

const MembersSchema = z.array(z.object({ id: z.string(), name: z.string() }));

export interface Members {
  me: string;
  names: ReadonlyMap<string, string>;
  /** "You" for the current user, the member's name, or the raw id when the team list is unknown. */
  nameOf: (memberId: string | undefined | null) => string;
}

async function readMembers(): Promise<Members> {
  const db = getDb();
  const [meRow, membersRow] = await Promise.all([db.meta.get('memberId'), db.meta.get('members')]);
  const me = typeof meRow?.value === 'string' ? meRow.value : 'local';
  const parsed = MembersSchema.safeParse(membersRow?.value ?? []);
  const names = new Map(parsed.success ? parsed.data.map((m) => [m.id, m.name]) : []);
  return {
    me,
    names,
    nameOf: (id) => (!id ? '' : id === me ? t('common_you') : (names.get(id) ?? id)),
  };
}

/** Team members as the sync client last stored them; live, so joining a team renames "local". */
export function useMembers(): Members {
  return (
    useLiveQuery(readMembers, []) ?? {
      me: 'local',
      names: new Map(),
      nameOf: (id) => (id === 'local' ? t('common_you') : (id ?? '')),
    }
  );
}

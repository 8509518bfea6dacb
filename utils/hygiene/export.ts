import type { MeishiDb } from '@/utils/db';
import { BACKUP_TABLE_NAMES, exportBackup, exportCsv, exportVcard, type BackupTables } from '@/utils/io';
import type { Person } from '@/utils/model';

export type ExportKind = 'csv' | 'vcard4' | 'vcard3' | 'backup';

export interface ExportFile {
  text: string;
  fileName: string;
  mime: string;
  /** People (or, for a backup, records) in the file. */
  count: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** People not in the trash, by name, as the exports list them. */
export async function livePeople(db: MeishiDb): Promise<Person[]> {
  const people = await db.people.filter((p) => p.deletedAt == null).toArray();
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Every row of the six synced tables, trash included: what a backup holds. */
export async function allTables(db: MeishiDb): Promise<BackupTables> {
  const [people, companies, relationships, interactions, tasks, introRequests] = await Promise.all(
    BACKUP_TABLE_NAMES.map((name) => db.table(name).toArray()),
  );
  return {
    people: people ?? [],
    companies: companies ?? [],
    relationships: relationships ?? [],
    interactions: interactions ?? [],
    tasks: tasks ?? [],
    introRequests: introRequests ?? [],
  } as BackupTables;
}

/**
 * A file to download: the people as CSV (UTF-8 with a BOM, for Excel) or vCard 4.0 / 3.0, or a
 * full JSON backup of everything local that `parseBackup` validates on restore.
 */
export async function buildExport(db: MeishiDb, kind: ExportKind, now = Date.now()): Promise<ExportFile> {
  const day = stamp(now);
  if (kind === 'backup') {
    const tables = await allTables(db);
    const count = BACKUP_TABLE_NAMES.reduce((n, name) => n + tables[name].length, 0);
    return {
      text: exportBackup(tables, now),
      fileName: `meishi-backup-${day}.json`,
      mime: 'application/json',
      count,
    };
  }
  const people = await livePeople(db);
  if (kind === 'csv') {
    return {
      text: exportCsv(people),
      fileName: `meishi-${day}.csv`,
      mime: 'text/csv;charset=utf-8',
      count: people.length,
    };
  }
  const version = kind === 'vcard3' ? '3.0' : '4.0';
  return {
    text: exportVcard(people, version),
    fileName: `meishi-${day}-vcard${version.replace('.0', '')}.vcf`,
    mime: 'text/vcard;charset=utf-8',
    count: people.length,
  };
}

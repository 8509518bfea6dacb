import type { EntityName } from '../../utils/model/entities';
import type { RecordRow } from '../db/team-repo';

/** A synced record as the server holds it: the document, its per-field stamps and its owner. */
export interface StoredRecord {
  entity: EntityName;
  id: string;
  data: Record<string, unknown>;
  stamps: Record<string, string>;
  createdBy: string;
  version: number;
}

export function fromRow(row: RecordRow): StoredRecord {
  return {
    entity: row.entity as EntityName,
    id: row.id,
    data: JSON.parse(row.data) as Record<string, unknown>,
    stamps: JSON.parse(row.stamps) as Record<string, string>,
    createdBy: row.created_by,
    version: Number(row.version),
  };
}

export function toRow(rec: StoredRecord): RecordRow {
  const deletedAt = typeof rec.data.deletedAt === 'number' ? rec.data.deletedAt : null;
  const deletedBy = typeof rec.data.deletedBy === 'string' ? rec.data.deletedBy : null;
  const visibility = typeof rec.data.visibility === 'string' ? rec.data.visibility : 'restricted';
  return {
    entity: rec.entity,
    id: rec.id,
    data: JSON.stringify(rec.data),
    stamps: JSON.stringify(rec.stamps),
    visibility,
    created_by: rec.createdBy,
    deleted_at: deletedAt,
    deleted_by: deletedAt === null ? null : deletedBy,
    version: rec.version,
  };
}

export function str(data: Record<string, unknown>, field: string): string | undefined {
  const v = data[field];
  return typeof v === 'string' ? v : undefined;
}

/** The people a record points at: what an erasure removes and what a person's visibility hides. */
export function personRefs(entity: EntityName, data: Record<string, unknown>): string[] {
  switch (entity) {
    case 'relationship':
    case 'task': {
      const id = str(data, 'personId');
      return id ? [id] : [];
    }
    case 'interaction':
      return Array.isArray(data.personIds)
        ? data.personIds.filter((v): v is string => typeof v === 'string')
        : [];
    case 'introRequest': {
      const id = str(data, 'targetPersonId');
      return id ? [id] : [];
    }
    default:
      return [];
  }
}

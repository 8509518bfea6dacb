import type { Kysely, Migration } from 'kysely';

/** Records are looked up by id alone (a push knows ids, not always entities): index (team_id, id). */
export const recordIdsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('records_id').on('records').columns(['team_id', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('records_id').execute();
  },
};

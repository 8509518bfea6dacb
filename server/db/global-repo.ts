import type { Kysely } from 'kysely';
import type { Database, DevicesTable, InvitesTable, TeamsTable } from './schema';

/**
 * The only tables read before a team is known: teams, and devices and invites looked up by the
 * SHA-256 of a secret. Everything else goes through the team repository.
 */
export class GlobalRepo {
  constructor(private readonly db: Kysely<Database>) {}

  listTeams(): Promise<TeamsTable[]> {
    return this.db.selectFrom('teams').selectAll().orderBy('created_at').execute();
  }

  team(id: string): Promise<TeamsTable | undefined> {
    return this.db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertTeam(team: TeamsTable): Promise<void> {
    await this.db.insertInto('teams').values(team).execute();
  }

  deviceByTokenHash(hash: string): Promise<DevicesTable | undefined> {
    return this.db.selectFrom('devices').selectAll().where('token_hash', '=', hash).executeTakeFirst();
  }

  inviteByCodeHash(hash: string): Promise<InvitesTable | undefined> {
    return this.db.selectFrom('invites').selectAll().where('code_hash', '=', hash).executeTakeFirst();
  }

  deviceById(id: string): Promise<DevicesTable | undefined> {
    return this.db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async touchDevice(id: string, at: number): Promise<void> {
    await this.db.updateTable('devices').set({ last_seen_at: at }).where('id', '=', id).execute();
  }
}

import type { DevicesTable, InvitesTable, MembersTable } from '../schema';
import { BaseRepo } from './base';

/** The team's version counter, members, devices and invites. */
export class MembersRepo extends BaseRepo {
  // ---- counter -------------------------------------------------------------------------------

  /** Locks the team's counter row until commit and returns the last version handed out. */
  async lockCounter(): Promise<number> {
    const row = await this.db
      .updateTable('team_counters')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('team_id', '=', this.teamId)
      .returning('version')
      .executeTakeFirstOrThrow();
    return Number(row.version);
  }

  async setCounter(version: number): Promise<void> {
    await this.db.updateTable('team_counters').set({ version }).where('team_id', '=', this.teamId).execute();
  }

  async currentVersion(): Promise<number> {
    const row = await this.db
      .selectFrom('team_counters')
      .select('version')
      .where('team_id', '=', this.teamId)
      .executeTakeFirst();
    return Number(row?.version ?? 0);
  }

  async createCounter(): Promise<void> {
    await this.db.insertInto('team_counters').values({ team_id: this.teamId, version: 0 }).execute();
  }

  // ---- members, devices, invites -------------------------------------------------------------

  members(): Promise<MembersTable[]> {
    return this.db
      .selectFrom('members')
      .selectAll()
      .where('team_id', '=', this.teamId)
      .orderBy('created_at')
      .execute();
  }

  member(id: string): Promise<MembersTable | undefined> {
    return this.db
      .selectFrom('members')
      .selectAll()
      .where('team_id', '=', this.teamId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertMember(row: Omit<MembersTable, 'team_id'>): Promise<void> {
    await this.db
      .insertInto('members')
      .values({ ...row, team_id: this.teamId })
      .execute();
  }

  async setRole(memberId: string, role: string): Promise<number> {
    const r = await this.db
      .updateTable('members')
      .set({ role })
      .where('team_id', '=', this.teamId)
      .where('id', '=', memberId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** Revokes a member and every device of theirs. */
  async revokeMember(memberId: string, at: number): Promise<number> {
    const r = await this.db
      .updateTable('members')
      .set({ revoked_at: at })
      .where('team_id', '=', this.teamId)
      .where('id', '=', memberId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    await this.db
      .updateTable('devices')
      .set({ revoked_at: at })
      .where('team_id', '=', this.teamId)
      .where('member_id', '=', memberId)
      .where('revoked_at', 'is', null)
      .execute();
    return Number(r.numUpdatedRows);
  }

  devices(memberId?: string): Promise<DevicesTable[]> {
    let q = this.db.selectFrom('devices').selectAll().where('team_id', '=', this.teamId);
    if (memberId) q = q.where('member_id', '=', memberId);
    return q.orderBy('created_at').execute();
  }

  device(id: string): Promise<DevicesTable | undefined> {
    return this.db
      .selectFrom('devices')
      .selectAll()
      .where('team_id', '=', this.teamId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertDevice(row: Omit<DevicesTable, 'team_id'>): Promise<void> {
    await this.db
      .insertInto('devices')
      .values({ ...row, team_id: this.teamId })
      .execute();
  }

  async revokeDevice(id: string, at: number): Promise<number> {
    const r = await this.db
      .updateTable('devices')
      .set({ revoked_at: at })
      .where('team_id', '=', this.teamId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async insertInvite(row: Omit<InvitesTable, 'team_id'>): Promise<void> {
    await this.db
      .insertInto('invites')
      .values({ ...row, team_id: this.teamId })
      .execute();
  }

  /** Marks an invite used; false when someone else used it first (one-time, even under races). */
  async useInvite(id: string, memberId: string, at: number): Promise<boolean> {
    const r = await this.db
      .updateTable('invites')
      .set({ used_at: at, used_by: memberId })
      .where('team_id', '=', this.teamId)
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}

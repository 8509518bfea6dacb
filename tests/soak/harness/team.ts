import { createInvite, createTeam } from '../../../server/index';
import type { Role } from '../../../utils/model/index';
import type { SoakServer } from './server';

/** A fresh team on the server and a way to mint one-time invites for it. */
export async function newTeam(server: SoakServer, name: string) {
  const { team, invite } = await createTeam(server.conn, name, Date.now());
  return {
    teamId: team.id,
    adminInvite: invite.code,
    invite: async (role: Role) =>
      (
        await createInvite(server.conn, team.id, {
          role,
          expiresInMs: 86_400_000,
          by: 'soak',
          now: Date.now(),
        })
      ).code,
  };
}

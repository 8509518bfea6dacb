import path from 'node:path';
import { EraseRequestSchema } from '../../utils/model/sync-api';
import { RoleSchema } from '../../utils/model/team';
import type { Config } from '../config';
import { connect, migrate, type Connection } from '../db/connect';
import { withTeam } from '../db/team-repo';
import { erasePerson } from '../erase/erase';
import { startServer } from '../start';
import { listMembers, revoke } from '../team/members';
import { createInvite, createTeam, DEFAULT_INVITE_DAYS, ensureFirstRun, parseDuration } from '../team/teams';
import { CliError, pickTeam } from './team-pick';

export type Flags = Record<string, string | boolean | undefined>;
type Out = (line: string) => void;

const DAY = 86_400_000;
const CLI_ACTOR = 'cli';

function text(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

async function withDb<T>(config: Config, fn: (conn: Connection) => Promise<T>): Promise<T> {
  const conn = connect(config.databaseUrl);
  try {
    await migrate(conn);
    return await fn(conn);
  } finally {
    await conn.close();
  }
}

function inviteLines(code: string, expiresAt: number, publicUrl: string | undefined): string[] {
  return [
    `invite code (shown once): ${code}`,
    `expires: ${new Date(expiresAt).toISOString()}`,
    `join: open Meishi's options page, enter the server URL${publicUrl ? ` (${publicUrl})` : ''} and this code.`,
  ];
}

export async function cmdStart(config: Config, out: Out): Promise<void> {
  const server = await startServer({ ...config, handleSignals: true });
  const first = await ensureFirstRun(server.conn);
  out(`Meishi team server on ${server.url} (${server.conn.dialect})`);
  if (first) {
    out(`first run: created the team "${first.teamName}".`);
    for (const line of inviteLines(first.invite, first.expiresAt, config.publicUrl ?? server.url)) out(line);
  }
}

export async function cmdInit(config: Config, flags: Flags, out: Out): Promise<void> {
  const name = text(flags, 'team');
  if (!name || name.length > 100) throw new CliError('init needs --team "Team name" (1-100 characters)', 2);
  await withDb(config, async (conn) => {
    const { team, invite } = await createTeam(conn, name, Date.now());
    out(`created team "${team.name}" (${team.id})`);
    out('first admin:');
    for (const line of inviteLines(invite.code, invite.expiresAt, config.publicUrl)) out(line);
  });
}

export async function cmdInvite(config: Config, flags: Flags, out: Out): Promise<void> {
  const role = RoleSchema.safeParse(text(flags, 'role') ?? 'member');
  if (!role.success) throw new CliError('--role must be admin, member or viewer', 2);
  const expires = parseDuration(text(flags, 'expires') ?? `${DEFAULT_INVITE_DAYS}d`);
  if (expires === null || expires > 365 * DAY)
    throw new CliError('--expires takes 30m, 12h or 7d (at most 365d)', 2);
  await withDb(config, async (conn) => {
    const team = await pickTeam(conn, text(flags, 'team'));
    const invite = await createInvite(conn, team.id, {
      role: role.data,
      expiresInMs: expires,
      by: CLI_ACTOR,
      now: Date.now(),
    });
    out(`${role.data} invite for "${team.name}"`);
    for (const line of inviteLines(invite.code, invite.expiresAt, config.publicUrl)) out(line);
  });
}

export async function cmdMembers(config: Config, flags: Flags, out: Out): Promise<void> {
  await withDb(config, async (conn) => {
    const team = await pickTeam(conn, text(flags, 'team'));
    const members = await listMembers(conn, team.id);
    const devices = await withTeam(conn, team.id, (repo) => repo.devices());
    out(`team "${team.name}" (${team.id}): ${members.length} member(s)`);
    for (const m of members) {
      const state = m.revokedAt ? 'revoked' : 'active';
      out(`member ${m.id}  ${m.role.padEnd(6)}  ${state.padEnd(7)}  ${m.name}`);
      for (const d of devices.filter((d) => d.member_id === m.id)) {
        const seen = d.last_seen_at ? new Date(Number(d.last_seen_at)).toISOString() : 'never';
        out(`  device ${d.id}  ${d.revoked_at ? 'revoked' : 'active '}  last seen ${seen}  ${d.name}`);
      }
    }
  });
}

export async function cmdRevoke(config: Config, flags: Flags, args: string[], out: Out): Promise<void> {
  const id = args[0];
  if (!id) throw new CliError('revoke needs a member or device id (see `members`)', 2);
  await withDb(config, async (conn) => {
    const team = await pickTeam(conn, text(flags, 'team'));
    const done = await revoke(conn, { teamId: team.id, memberId: CLI_ACTOR, deviceId: null }, id, Date.now());
    if (!done) throw new CliError(`no active member or device ${id} in "${team.name}"`);
    out(`revoked ${id}`);
  });
}

export async function cmdBackup(config: Config, args: string[], out: Out): Promise<void> {
  const file = args[0];
  if (!file) throw new CliError('backup needs a file name, e.g. backup meishi-2025-01-01.db', 2);
  const conn = connect(config.databaseUrl);
  try {
    if (conn.dialect === 'postgres' || !conn.sqlite) {
      out('PostgreSQL: back up with pg_dump, for example:');
      out(`  pg_dump --format=custom --file=${JSON.stringify(file)} "$DATABASE_URL"`);
      return;
    }
    await conn.sqlite.backup(path.resolve(file));
    out(`backed up to ${path.resolve(file)}`);
  } finally {
    await conn.close();
  }
}

export async function cmdErase(config: Config, flags: Flags, out: Out): Promise<void> {
  const target = {
    email: text(flags, 'email'),
    phone: text(flags, 'phone'),
    personId: text(flags, 'person'),
  };
  if (!target.email && !target.phone && !target.personId) {
    throw new CliError('erase needs --email, --phone or --person <id>', 2);
  }
  const valid = EraseRequestSchema.safeParse(target);
  if (!valid.success)
    throw new CliError(
      `erase: ${valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      2,
    );
  await withDb(config, async (conn) => {
    const team = await pickTeam(conn, text(flags, 'team'));
    const receipt = await erasePerson(
      conn,
      { teamId: team.id, memberId: CLI_ACTOR, deviceId: null },
      team.erase_salt,
      valid.data,
      Date.now(),
    );
    out(JSON.stringify(receipt, null, 2));
  });
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createInvite,
  createTeam,
  startServer,
  type Connection,
  type RunningServer,
} from '../../server/index';
import { withTeam } from '../../server/db/team-repo';
import { formatHlc } from '../../utils/model/hlc';
import { newId } from '../../utils/model/id';

/**
 * The sync benchmark's team: a local server over SQLite whose records are written straight into its
 * tables (as a restore would), so seeding a million people takes seconds rather than an hour of pushes.
 */
export const MEMBERS = 5;

export interface Team {
  server: RunningServer;
  dir: string;
  teamId: string;
  memberIds: string[];
  adminToken: string;
  joinInvite: string;
  people: { id: string; name: string; email: string; slug: string }[];
  version: number;
}

async function joinWith(
  url: string,
  invite: string,
  name: string,
): Promise<{ token: string; memberId: string }> {
  const res = await fetch(`${url}/v1/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite, name }),
  });
  const body = (await res.json()) as { token: string; member: { id: string } };
  return { token: body.token, memberId: body.member.id };
}

export async function startTeam(): Promise<Team> {
  const dir = await mkdtemp(path.join(tmpdir(), 'meishi-bench-sync-'));
  const server = await startServer({
    port: 0,
    databaseUrl: path.join(dir, 'team.db'),
    logLevel: 'silent',
    rateLimitPerMinute: 1_000_000,
  });
  const { team, invite } = await createTeam(server.conn, 'Bench KK', Date.now());
  const admin = await joinWith(server.url, invite.code, 'Admin Aoki');
  const memberIds = [admin.memberId];
  const names = ['Ben Ito', 'Chie Mori', 'Daiki Ono', 'Emi Sato'];
  for (const name of names.slice(0, MEMBERS - 1)) {
    const code = (
      await createInvite(server.conn, team.id, {
        role: 'member',
        expiresInMs: 3_600_000,
        by: 'cli',
        now: Date.now(),
      })
    ).code;
    memberIds.push((await joinWith(server.url, code, name)).memberId);
  }
  const joinInvite = (
    await createInvite(server.conn, team.id, {
      role: 'member',
      expiresInMs: 3_600_000,
      by: 'cli',
      now: Date.now(),
    })
  ).code;
  return {
    server,
    dir,
    teamId: team.id,
    memberIds,
    adminToken: admin.token,
    joinInvite,
    people: [],
    version: 0,
  };
}

/** Writes people (and `relsPerPerson` relationships each) into the team's tables, 5,000 at a time. */
export async function seed(
  conn: Connection,
  team: Team,
  people: number,
  relsPerPerson: number,
  firstRel = 0,
): Promise<void> {
  const wall = 1_760_000_000_000;
  const creating = team.people.length === 0;
  for (let start = 0; start < people; start += 5_000) {
    const n = Math.min(5_000, people - start);
    await withTeam(conn, team.teamId, async (repo) => {
      let version = await repo.lockCounter();
      const rows = [];
      for (let i = start; i < start + n; i++) {
        const owner = team.memberIds[i % MEMBERS]!;
        const stamp = formatHlc({ wall, counter: i % 999_999 }, 'seed');
        if (creating) {
          const id = newId();
          const name = `Person${i} Bench${i % 977}`;
          const email = `person${i}@bench${i % 131}.example`;
          const slug = `person-${i}`;
          team.people.push({ id, name, email, slug });
          const data = {
            id,
            displayName: name,
            givenName: `Person${i}`,
            familyName: `Bench${i % 977}`,
            nameOrder: 'western',
            title: 'Engineer',
            companyName: `Company ${i % 4_001}`,
            emails: [{ value: email }],
            phones:
              i % 3 === 0 ? [{ raw: `+81 3 ${String(1000 + (i % 9000))} ${String(1000 + (i % 8999))}` }] : [],
            links: [{ kind: 'linkedin', url: `https://www.linkedin.com/in/${slug}/` }],
            tags: i % 5 === 0 ? ['bench'] : [],
            status: 'contact',
            visibility: 'team',
            provenance: {},
            createdAt: wall,
            createdBy: owner,
            updatedAt: wall,
            updatedBy: owner,
            deletedAt: null,
            deletedBy: null,
          };
          const stamps = Object.fromEntries(Object.keys(data).map((k) => [k, stamp]));
          rows.push({ entity: 'person', id, data, stamps, owner, version: ++version });
        }
        const person = team.people[i]!;
        for (let r = firstRel; r < firstRel + relsPerPerson; r++) {
          const member = team.memberIds[(i + r) % MEMBERS]!;
          const id = newId();
          const data = {
            id,
            memberId: member,
            personId: person.id,
            how: `met at event ${r}`,
            metAt: wall - (i % 1000) * 86_400_000,
            happyToIntroduce: r % 2 === 0,
            visibility: 'team',
            createdAt: wall,
            createdBy: member,
            updatedAt: wall,
            updatedBy: member,
            deletedAt: null,
            deletedBy: null,
          };
          const stamps = Object.fromEntries(Object.keys(data).map((k) => [k, stamp]));
          rows.push({
            entity: 'relationship',
            id,
            data,
            stamps,
            owner: member,
            version: ++version,
            personId: person.id,
          });
        }
      }
      await repo.upsertRecords(
        rows.map((r) => ({
          entity: r.entity,
          id: r.id,
          data: JSON.stringify(r.data),
          stamps: JSON.stringify(r.stamps),
          visibility: 'team',
          created_by: r.owner,
          deleted_at: null,
          deleted_by: null,
          version: r.version,
        })),
      );
      await repo.upsertChanges(
        rows.map((r) => ({ entity: r.entity, entity_id: r.id, version: r.version, kind: 'upsert' })),
      );
      await repo.insertRefs(
        rows.filter((r) => r.personId).map((r) => ({ entity: r.entity, id: r.id, person_id: r.personId! })),
      );
      await repo.setCounter(version);
      team.version = version;
    });
  }
}

export async function withTeamRun<T>(fn: (team: Team) => Promise<T>): Promise<T> {
  const team = await startTeam();
  try {
    return await fn(team);
  } finally {
    await team.server.close();
    await rm(team.dir, { recursive: true, force: true });
  }
}

import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRecord, MeishiDb, type NewRecord } from '@/utils/db';
import type { InteractionKind, Visibility } from '@/utils/model';
import { MemoryCredentialStore, SyncEngine } from '@/utils/sync';
import { createInvite, createTeam, startServer, type RunningServer } from '../../../server';
import type { ExtensionBrowser } from '../harness/browser';
import type { ChromeApis } from './chrome';

/**
 * A real team server on 127.0.0.1 and teammates who write with the real client (local store,
 * outbox, sync engine) and push, exactly as their own browsers would. Nothing reaches the
 * extension under test except through its own sync with this server.
 */
export class TeamServer {
  private constructor(
    private readonly server: RunningServer,
    private readonly teamId: string,
    private readonly dir: string,
  ) {}

  static async start(name = 'Acme Sales'): Promise<TeamServer> {
    const dir = await mkdtemp(path.join(tmpdir(), 'meishi-team-'));
    const server = await startServer({ port: 0, databaseUrl: path.join(dir, 'team.db'), logLevel: 'silent' });
    const { team } = await createTeam(server.conn, name, Date.now());
    return new TeamServer(server, team.id, dir);
  }

  get url(): string {
    return this.server.url;
  }

  async invite(role: 'admin' | 'member' = 'member'): Promise<string> {
    const invite = await createInvite(this.server.conn, this.teamId, {
      role,
      expiresInMs: 86_400_000,
      by: 'cli',
      now: Date.now(),
    });
    return invite.code;
  }

  async close(): Promise<void> {
    await this.server.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}

export interface Tie {
  visibility?: Visibility;
  how?: string;
  where?: string;
  metAt?: number;
  interactions?: { kind: InteractionKind; at: number; note?: string }[];
}

/** Another member of the team, with their own local store and sync engine. */
export class Teammate {
  private constructor(
    readonly name: string,
    readonly memberId: string,
    private readonly db: MeishiDb,
    private readonly engine: SyncEngine,
  ) {}

  static async join(team: TeamServer, name: string): Promise<Teammate> {
    const db = new MeishiDb(`teammate-${name}-${Math.random()}`);
    const engine = new SyncEngine({
      db,
      fetch: globalThis.fetch.bind(globalThis),
      credentials: new MemoryCredentialStore(),
    });
    const outcome = await engine.join({
      serverUrl: team.url,
      invite: await team.invite(),
      name,
      deviceName: 'laptop',
    });
    return new Teammate(name, outcome.memberId, db, engine);
  }

  private get actor() {
    return { memberId: this.memberId, region: 'JP' };
  }

  /** Saves a person (or finds the one this teammate already saved) and their tie with them. */
  async knows(person: NewRecord<'person'>, tie: Tie = {}): Promise<string> {
    const saved = await createRecord(this.db, 'person', person, this.actor);
    await this.tie(saved.id, tie);
    return saved.id;
  }

  /** A tie with a person another teammate saved (pulled into this teammate's store first). */
  async tie(personId: string, tie: Tie): Promise<void> {
    const visibility = tie.visibility ?? 'team';
    await createRecord(
      this.db,
      'relationship',
      {
        memberId: this.memberId,
        personId,
        visibility,
        ...(tie.how ? { how: tie.how } : {}),
        ...(tie.where ? { where: tie.where } : {}),
        ...(tie.metAt !== undefined ? { metAt: tie.metAt } : {}),
      },
      this.actor,
    );
    for (const it of tie.interactions ?? []) {
      await createRecord(
        this.db,
        'interaction',
        {
          memberId: this.memberId,
          personIds: [personId],
          kind: it.kind,
          at: it.at,
          visibility,
          ...(it.note ? { note: it.note } : {}),
        },
        this.actor,
      );
    }
  }

  /** Intro requests about a person that reached this teammate. */
  async introRequestsFor(personId: string): Promise<{ status: string; message: string }[]> {
    const rows = await this.db.introRequests.where('targetPersonId').equals(personId).toArray();
    return rows.map((r) => ({ status: r.status, message: r.message }));
  }

  /** Push everything written so far and pull what others wrote. */
  async sync(): Promise<void> {
    const outcome = await this.engine.sync({ reason: 'manual', force: true });
    if (!outcome.ok) throw new Error(`${this.name} could not sync: ${JSON.stringify(outcome.error)}`);
  }
}

/** Sends one protocol message from an extension page, as the options page does. */
export async function askFromExtensionPage<T>(
  ext: ExtensionBrowser,
  type: string,
  data: unknown,
): Promise<T> {
  const page = await ext.openExtensionPage('options.html');
  try {
    const reply = await page.evaluate(
      async (t, d) => {
        const chrome = (globalThis as unknown as { chrome: ChromeApis }).chrome;
        return chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() });
      },
      type,
      data,
    );
    const res = (reply as { res?: { ok: boolean; value?: T; error?: string } } | undefined)?.res;
    if (!res?.ok) throw new Error(`${type} failed: ${res?.error ?? JSON.stringify(reply)}`);
    return res.value as T;
  } finally {
    await page.close();
  }
}

/** The extension under test joins the team and pulls, through its own background. */
export async function joinAndSync(ext: ExtensionBrowser, team: TeamServer, name: string): Promise<void> {
  await askFromExtensionPage(ext, 'joinTeam', { serverUrl: team.url, invite: await team.invite(), name });
  const outcome = await askFromExtensionPage<{ ok: boolean; error?: unknown }>(ext, 'syncNow', {});
  if (!outcome.ok) throw new Error(`sync failed: ${JSON.stringify(outcome.error)}`);
}

import { createRecord } from '../../../utils/db/index';
import type { Mutation, Role } from '../../../utils/model/index';
import { CredentialsSchema } from '../../../utils/sync/credentials';
import { SimulatedCrash } from '../../../utils/sync/errors';
import { Device } from './device';
import { FaultyNetwork, type FaultKind } from './faulty-network';
import { checkAcknowledged, checkDevice, readServerTruth } from './oracle';
import { concurrentEdit, erase, restoreFromServerTrash } from './actions';
import { personInput, setTracer, trace, writeOp, type SimDevice } from './ops';
import { Rng } from './rng';
import { reliableFetch, serversUp, type SoakServer } from './server';
import { newTeam } from './team';

export interface RunOptions {
  seed: number;
  server: SoakServer;
  /** Random steps before the faults stop (default 30). */
  steps?: number;
  /** Share of requests that meet a fault while faults are on (default 0.25). */
  faultRate?: number;
  /** Print every step (for replaying one seed). */
  trace?: (line: string) => void;
}

export interface RunResult {
  seed: number;
  ok: boolean;
  problems: string[];
  faults: Partial<Record<FaultKind, number>>;
  crashes: number;
  acknowledged: number;
  devices: number;
  ms: number;
}

const CRASH_POINTS = ['push:before-send', 'push:after-response', 'pull:received', 'apply:mid'];
const TEN_MINUTES = 600_000;

/**
 * One seeded run: a few members (and later devices) of a fresh team act and sync at random over a
 * faulty network with skewed clocks and crashes; then the faults stop, everyone syncs until quiet,
 * and the oracle compares every replica with the server.
 */
export async function soakRun(opts: RunOptions): Promise<RunResult> {
  const started = Date.now();
  setTracer(opts.trace ?? null);
  const rng = new Rng(opts.seed);
  const net = new FaultyNetwork(rng.fork(), opts.faultRate ?? 0.25, opts.server);
  const team = await newTeam(opts.server, `soak ${opts.seed}`);
  const acked: Mutation[] = [];
  const problems: string[] = [];
  const sims: SimDevice[] = [];
  let now = Date.now();
  let crashes = 0;

  const makeDevice = (label: string) => {
    const skew = { ms: rng.between(-TEN_MINUTES, TEN_MINUTES) };
    const crashRng = rng.fork();
    const sim: SimDevice = {
      label,
      role: 'member',
      armed: false,
      device: new Device({
        label,
        fetch: net.fetch,
        clock: () => now + skew.ms,
        random: () => crashRng.next(),
        pageLimit: rng.pick([1, 2, 3, 7, 1_000]),
        batchSize: rng.pick([1, 2, 5, 200]),
        onAck: (o) => {
          acked.push(...o.acknowledged);
          for (const m of o.acknowledged)
            trace(`  ${label} acked ${m.op} ${m.entity}:${m.entityId} ${Object.keys(m.fields).join(',')}`);
          for (const n of o.rejected)
            trace(`  ${label} rejected ${n.entity}:${n.entityId} ${n.reason} ${n.message}`);
        },
        onPage: (page) => {
          for (const c of page.changes) {
            trace(
              `  ${label} pulled ${c.kind} ${c.entity}:${c.id} v${c.version} ${c.kind === 'gone' ? c.why : c.projection}`,
            );
          }
        },
        crash: (point) => {
          if (sim.armed && crashRng.chance(0.35)) {
            sim.armed = false;
            throw new SimulatedCrash(point);
          }
          void CRASH_POINTS;
        },
      }),
    };
    skews.set(sim, skew);
    return sim;
  };
  const skews = new Map<SimDevice, { ms: number }>();

  const join = async (sim: SimDevice, role: Role, invite: string | null) => {
    const was = net.enabled;
    net.enabled = false;
    try {
      for (let i = rng.int(3); i > 0; i--) {
        await createRecord(sim.device.db, 'person', personInput(rng), await sim.device.actor());
      }
      if (invite) {
        // A connection kept alive across a server kill can fail before the request is sent: try again.
        for (let attempt = 1; ; attempt++) {
          try {
            await sim.device.engine.join({
              serverUrl: opts.server.url,
              invite,
              name: `${sim.label} ${role}`,
            });
            break;
          } catch (error) {
            if (attempt >= 5 || (error as { kind?: string }).kind !== 'offline') throw error;
          }
        }
      } else {
        // Another device of an existing member: a token for it from the member's first device.
        const owner = rng.pick(sims.filter((s) => s !== sim));
        const creds = await owner.device.credentials.get();
        if (!creds) return;
        const res = await reliableFetch(`${opts.server.url}/v1/devices`, {
          method: 'POST',
          headers: { authorization: `Bearer ${creds.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ deviceName: sim.label }),
        });
        const made = (await res.json()) as { token: string; deviceId: string };
        await sim.device.credentials.set(
          CredentialsSchema.parse({ ...creds, token: made.token, deviceId: made.deviceId }),
        );
        role = owner.role;
      }
      sim.role = role;
      sims.push(sim);
    } finally {
      net.enabled = was;
    }
  };

  const sync = async (sim: SimDevice, force: boolean) => {
    try {
      const out = await sim.device.engine.sync({ reason: 'manual', force });
      trace(
        `${sim.label} sync ${out.ok ? 'ok' : (out.skipped ?? out.error?.kind)} pushed ${out.pushed?.acknowledged ?? 0}+${out.pushed?.rejected ?? 0}r pulled ${out.pulled?.upserts ?? 0}-${out.pulled?.removed ?? 0}${out.pulled?.resynced ? ' resync' : ''} ${out.error?.message ?? ''}`,
      );
      return out;
    } catch (error) {
      if (!(error instanceof SimulatedCrash)) throw error;
      trace(`${sim.label} crashed at ${error.point}`);
      crashes++;
      await sim.device.restart();
      return null;
    }
  };

  try {
    await join(makeDevice('a'), 'admin', team.adminInvite);
    await join(makeDevice('b'), 'member', await team.invite('member'));
    if (rng.chance(0.5))
      await join(makeDevice('c'), rng.chance(0.25) ? 'viewer' : 'member', await team.invite('member'));
    for (const s of sims) await sync(s, true);

    net.enabled = true;
    const steps = opts.steps ?? 30;
    for (let step = 0; step < steps; step++) {
      now += rng.between(10, 3_000);
      const sim = rng.pick(sims);
      const roll = rng.next();
      let problem: string | null = null;
      if (roll < 0.5) problem = await writeOp(rng, sim);
      else if (roll < 0.58) problem = await concurrentEdit(rng, sims);
      else if (roll < 0.85) {
        sim.armed = rng.chance(0.3);
        await sync(sim, rng.chance(0.7));
        sim.armed = false;
      } else if (roll < 0.89) {
        crashes++;
        await sim.device.restart();
      } else if (roll < 0.92) {
        skews.get(sim)!.ms = rng.between(-TEN_MINUTES, TEN_MINUTES);
      } else if (roll < 0.95) {
        problem = await erase(rng, opts.server, sims);
      } else if (roll < 0.97) {
        problem = await restoreFromServerTrash(rng, opts.server, sims);
      } else if (sims.length < 5) {
        const fresh = makeDevice(String.fromCharCode(97 + sims.length));
        if (rng.chance(0.5))
          await join(
            fresh,
            rng.chance(0.2) ? 'viewer' : 'member',
            await team.invite(rng.chance(0.2) ? 'viewer' : 'member'),
          );
        else await join(fresh, 'member', null);
      }
      if (problem) problems.push(`step ${step}: ${problem}`);
    }

    // The faults stop; everyone syncs until nothing moves.
    net.enabled = false;
    let quiet = false;
    for (let round = 0; round < 12 && !quiet; round++) {
      await serversUp();
      quiet = true;
      for (const sim of sims) {
        now += 5_000;
        const out = await sync(sim, true);
        if (!out || !out.ok) {
          quiet = false;
          if (out?.skipped === 'backoff') now += 10_000;
          continue;
        }
        const moved = (out.pushed?.sent ?? 0) + (out.pulled?.upserts ?? 0) + (out.pulled?.removed ?? 0);
        if (moved > 0) quiet = false;
      }
    }
    if (!quiet) problems.push('replicas did not settle within 12 rounds');

    const truth = await readServerTruth(opts.server, team.teamId);
    for (const sim of sims) {
      const creds = await sim.device.credentials.get();
      if (!creds) continue;
      problems.push(...(await checkDevice(sim.label, sim.device.db, creds.token, opts.server, truth)));
    }
    problems.push(...checkAcknowledged(acked, truth));
  } catch (error) {
    problems.push(`harness: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    net.enabled = false;
    for (const sim of sims) await sim.device.destroy().catch(() => undefined);
  }
  const faults = Object.fromEntries(Object.entries(net.counts).filter(([, n]) => n > 0));
  return {
    seed: opts.seed,
    ok: problems.length === 0,
    problems,
    faults,
    crashes,
    acknowledged: acked.length,
    devices: sims.length,
    ms: Date.now() - started,
  };
}

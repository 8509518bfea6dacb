import type { FetchLike } from '../../../utils/sync/http';
import type { Rng } from './rng';
import type { SoakServer } from './server';

export const FAULT_KINDS = [
  'drop-request',
  'drop-response',
  'duplicate',
  'replay-later',
  'stale-pull',
  'resync',
  'rate-limit',
  'server-error',
  'kill',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The network between the simulated devices and the server, with faults on demand: requests lost,
 * responses lost after the server acted, requests sent twice at once, old pushes delivered late,
 * stale pull answers (responses out of order), forced resyncs, 429 and 503 answers, and (for a server
 * in a child process) SIGKILL of the server while a request is in flight.
 */
export class FaultyNetwork {
  enabled = false;
  readonly counts: Record<FaultKind, number> = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<
    FaultKind,
    number
  >;
  private readonly late: { url: string; init: RequestInit }[] = [];
  private readonly pulls = new Map<string, string>();

  constructor(
    private readonly rng: Rng,
    private readonly rate: number,
    private readonly server: SoakServer,
  ) {}

  readonly fetch: FetchLike = async (url, init = {}) => {
    if (this.enabled && this.late.length > 0 && this.rng.chance(0.3)) {
      const old = this.late.splice(this.rng.int(this.late.length), 1)[0]!;
      await fetch(old.url, old.init)
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
    }
    const isPull = url.includes('/sync/pull');
    const isPush = url.includes('/sync/push');
    // A run against a killable server kills it during its first push at the latest.
    const killNow = this.enabled && this.server.killable && isPush && this.counts.kill === 0;
    if (!killNow && (!this.enabled || !this.rng.chance(this.rate))) return this.real(url, init);
    const kinds = FAULT_KINDS.filter((k) => {
      if (k === 'stale-pull' || k === 'resync') return isPull;
      if (k === 'replay-later') return isPush;
      if (k === 'kill') return this.server.killable;
      return true;
    });
    const kind = killNow ? 'kill' : this.rng.pick(kinds);
    this.counts[kind]++;
    switch (kind) {
      case 'drop-request':
        throw new TypeError('fetch failed: request lost');
      case 'drop-response': {
        const res = await this.real(url, init);
        await res.arrayBuffer();
        throw new TypeError('fetch failed: response lost');
      }
      case 'duplicate': {
        const [first, second] = await Promise.allSettled([this.real(url, init), this.real(url, init)]);
        const chosen = this.rng.chance(0.5) ? first : second;
        if (chosen.status === 'rejected') throw chosen.reason;
        return chosen.value;
      }
      case 'replay-later':
        this.late.push({ url, init });
        return this.real(url, init);
      case 'stale-pull': {
        const body = this.pulls.get(this.pullKey(url, init));
        if (body === undefined) return this.real(url, init);
        return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      }
      case 'resync':
        return Response.json({ error: 'resync', message: 'cursor unknown (injected)' }, { status: 409 });
      case 'rate-limit':
        return Response.json(
          { error: 'rate_limited', message: 'slow down (injected)' },
          { status: 429, headers: { 'retry-after': '1' } },
        );
      case 'server-error':
        return Response.json({ error: 'unavailable', message: 'injected' }, { status: 503 });
      case 'kill': {
        const inFlight = this.real(url, init);
        // The caller sees the failure below; until then it must not count as unhandled.
        inFlight.catch(() => undefined);
        await sleep(this.rng.int(4));
        await this.server.kill();
        return inFlight;
      }
    }
  };

  private pullKey(url: string, init: RequestInit): string {
    const auth = (init.headers as Record<string, string> | undefined)?.authorization ?? '';
    return `${auth} ${url}`;
  }

  /** The plain network; pull answers are remembered so a later fault can serve one stale. */
  private async real(url: string, init: RequestInit): Promise<Response> {
    const res = await fetch(url, init);
    if (!url.includes('/sync/pull') || !res.ok) return res;
    const body = await res.text();
    this.pulls.set(this.pullKey(url, init), body);
    return new Response(body, { status: res.status, headers: res.headers });
  }
}

import type { SimDevice } from './ops';
import { editSomething, guard } from './ops';
import type { Rng } from './rng';
import { reliableFetch, type SoakServer } from './server';

/** Two or three devices edit the same person before anyone syncs: the same field or different ones. */
export async function concurrentEdit(rng: Rng, sims: SimDevice[]): Promise<string | null> {
  const first = rng.pick(sims);
  const people = (await first.device.db.people.toArray()).filter((p) => p.deletedAt == null);
  if (people.length === 0) return null;
  const id = rng.pick(people).id;
  for (const sim of sims) {
    if (sim !== first && !rng.chance(0.7)) continue;
    const problem = await guard(async () => editSomething(rng, sim.device.db, await sim.device.actor(), id));
    if (problem) return problem;
  }
  return null;
}

async function adminToken(sims: SimDevice[]): Promise<string | null> {
  for (const sim of sims)
    if (sim.role === 'admin') return (await sim.device.credentials.get())?.token ?? null;
  return null;
}

/** GDPR erasure of a person some device knows, by id or by email, through the server's API. */
export async function erase(rng: Rng, server: SoakServer, sims: SimDevice[]): Promise<string | null> {
  const token = await adminToken(sims);
  const people = (await rng.pick(sims).device.db.people.toArray()).filter((p) => p.deletedAt == null);
  if (!token || people.length === 0) return null;
  const person = rng.pick(people);
  const email = person.emails[0]?.value;
  const body = email && rng.chance(0.3) ? { email } : { personId: person.id };
  const res = await reliableFetch(`${server.url}/v1/erase`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.ok ? null : `erase answered ${res.status}: ${await res.text()}`;
}

/** An admin restores something from the server's trash (the restore the extension's trash view offers). */
export async function restoreFromServerTrash(
  rng: Rng,
  server: SoakServer,
  sims: SimDevice[],
): Promise<string | null> {
  const token = await adminToken(sims);
  if (!token) return null;
  const headers = { authorization: `Bearer ${token}` };
  const list = (await (await reliableFetch(`${server.url}/v1/trash`, { headers })).json()) as {
    items: { entity: string; id: string }[];
  };
  if (list.items.length === 0) return null;
  const item = rng.pick(list.items);
  const res = await reliableFetch(`${server.url}/v1/trash/${item.entity}/${item.id}/restore`, {
    method: 'POST',
    headers,
  });
  return res.ok || res.status === 404 || res.status === 409 || res.status === 403
    ? null
    : `restore answered ${res.status}: ${await res.text()}`;
}

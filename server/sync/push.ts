import type { Mutation, MutationResult, PushRequest, PushResponse } from '../../utils/model/sync-api';
import type { Actor } from '../auth/actor';
import type { Connection } from '../db/connect';
import { withTeam, type AuditEntry, type ChangeRow, type TeamRepo } from '../db/team-repo';
import { idKey, identityKeysOf, markerHash } from '../erase/markers';
import { DeleteBrake } from './brake';
import { merge } from './merge';
import { checkMutation } from './permissions';
import { fromRow, personRefs, toRow, type StoredRecord } from './record';

export interface PushOptions {
  now: number;
  /** The team's secret salt for erasure markers. */
  salt: string;
  /** Deletions one member may make in an hour before a pause. */
  brakeLimit: number;
}

/** One push of one device, as applied within a group. */
export interface PushItem {
  actor: Actor;
  req: PushRequest;
}

/**
 * Applies a push in one transaction. The team's counter row is locked first, so pushes of one team
 * apply one after another and each change's version follows commit order. Mutations already applied
 * for this client are answered `duplicate`; the (clientId, mutationId) rows are written in the same
 * transaction as the changes, so a retry after a lost reply is harmless.
 */
export async function applyPush(
  conn: Connection,
  actor: Actor,
  req: PushRequest,
  opts: PushOptions,
): Promise<PushResponse> {
  const [response] = await applyPushGroup(conn, [{ actor, req }], opts);
  return response!;
}

/**
 * Applies several pushes of one team, in order, in one transaction (group commit): each is answered
 * as if applied alone, one after the other, and the transaction's fixed costs are paid once.
 */
export function applyPushGroup(
  conn: Connection,
  items: readonly PushItem[],
  opts: PushOptions,
): Promise<PushResponse[]> {
  const teamId = items[0]?.actor.teamId;
  if (!teamId || items.some((i) => i.actor.teamId !== teamId))
    throw new Error('a push group belongs to one team');
  return withTeam(conn, teamId, (repo) => new PushRun(repo, items, opts).run());
}

class PushRun {
  private version = 0;
  private readonly records = new Map<string, StoredRecord>();
  private readonly staged = new Map<string, { rec: StoredRecord; refsChanged: boolean; existed: boolean }>();
  private readonly changes = new Map<string, ChangeRow>();
  private readonly audit: AuditEntry[] = [];
  private readonly applied: { clientId: string; mutationId: string }[] = [];
  private readonly visibilityChanged = new Set<string>();
  private readonly brakes = new Map<string, DeleteBrake>();
  private erased = new Set<string>();

  constructor(
    private readonly repo: TeamRepo,
    private readonly items: readonly PushItem[],
    private readonly opts: PushOptions,
  ) {}

  async run(): Promise<PushResponse[]> {
    this.version = await this.repo.lockCounter();
    const start = this.version;
    const all = this.items.flatMap((i) => i.req.mutations);
    const done = new Map<string, Set<string>>();
    for (const { req } of this.items) {
      if (done.has(req.clientId)) continue;
      const ids = this.items
        .filter((i) => i.req.clientId === req.clientId)
        .flatMap((i) => i.req.mutations.map((m) => m.id));
      done.set(req.clientId, await this.repo.appliedAmong(req.clientId, [...new Set(ids)]));
    }
    for (const row of await this.repo.recordsByIds([...new Set(all.map((m) => m.entityId))])) {
      this.records.set(row.id, fromRow(row));
    }
    // Most teams never erase anyone: then there is no marker to look for, and no key to compute.
    if (await this.repo.hasErasures()) this.erased = await this.repo.erasedAmong(this.candidateMarkers(all));

    const responses: PushResponse[] = [];
    for (const { actor, req } of this.items) {
      const seen = done.get(req.clientId)!;
      const results: MutationResult[] = [];
      for (const m of req.mutations) {
        if (seen.has(m.id)) {
          results.push({ id: m.id, status: 'duplicate' });
          continue;
        }
        const result = await this.applyOne(actor, m);
        // Rejected mutations are not remembered: a retry after fixing the cause is applied.
        if (result.status === 'applied') {
          seen.add(m.id);
          this.applied.push({ clientId: req.clientId, mutationId: m.id });
        }
        results.push(result);
      }
      responses.push({ results });
    }
    await this.reversionReferrers();
    await this.write(start);
    return responses;
  }

  /** Every marker hash this push could hit, so one query answers all of them. */
  private candidateMarkers(mutations: readonly Mutation[]): string[] {
    const keys = new Set<string>();
    for (const m of mutations) {
      keys.add(idKey(m.entityId));
      const values = Object.fromEntries(Object.entries(m.fields).map(([k, v]) => [k, v.value]));
      for (const id of personRefs(m.entity, values)) keys.add(idKey(id));
      if (m.entity === 'person') for (const key of identityKeysOf(values)) keys.add(key);
    }
    return [...keys].map((k) => markerHash(this.opts.salt, k));
  }

  private isErased(key: string): boolean {
    return this.erased.size > 0 && this.erased.has(markerHash(this.opts.salt, key));
  }

  private brakeFor(memberId: string): DeleteBrake {
    let brake = this.brakes.get(memberId);
    if (!brake)
      this.brakes.set(
        memberId,
        (brake = new DeleteBrake(this.repo, memberId, this.opts.now, this.opts.brakeLimit)),
      );
    return brake;
  }

  private async applyOne(actor: Actor, m: Mutation): Promise<MutationResult> {
    const reject = (
      reason: 'forbidden' | 'erased' | 'invalid' | 'conflict',
      message: string,
    ): MutationResult => ({
      id: m.id,
      status: 'rejected',
      reason,
      message,
    });
    if (this.isErased(idKey(m.entityId)))
      return reject('erased', `this ${m.entity} was erased from the team`);
    const before = this.records.get(m.entityId);
    const merged = merge(before, m, actor.memberId, this.opts.now);
    if (!merged.ok) return reject(merged.reason, merged.message);
    const after = merged.record;
    const denied = checkMutation(actor, m, before, after);
    if (denied) return reject('forbidden', denied);
    const refs = personRefs(after.entity, after.data);
    if (refs.some((id) => this.isErased(idKey(id))))
      return reject('erased', 'it points at a person erased from the team');
    if (
      this.erased.size > 0 &&
      after.entity === 'person' &&
      identityKeysOf(after.data).some((k) => this.isErased(k))
    ) {
      return reject('erased', 'this person was erased from the team');
    }
    const deleting = m.op === 'delete' && merged.changed.length > 0;
    if (deleting) {
      const paused = await this.brakeFor(actor.memberId).check();
      if (paused) return reject('forbidden', paused);
    }
    if (merged.changed.length === 0) {
      // Only a stamp moved: the row keeps it, with no new version for replicas to pull.
      if (merged.restamped) this.restage(after);
      return { id: m.id, status: 'applied', version: before?.version ?? this.version };
    }

    after.version = ++this.version;
    this.records.set(after.id, after);
    const beforeRefs = before ? personRefs(before.entity, before.data) : [];
    const refsChanged = !before || beforeRefs.join(',') !== refs.join(',');
    const prior = this.staged.get(after.id);
    this.staged.set(after.id, {
      rec: after,
      refsChanged: refsChanged || (prior?.refsChanged ?? false),
      existed: before !== undefined && (prior?.existed ?? true),
    });
    const isDeleted = typeof after.data.deletedAt === 'number';
    this.changes.set(after.id, {
      entity: after.entity,
      entity_id: after.id,
      version: after.version,
      kind: isDeleted ? 'deleted' : 'upsert',
    });
    if (after.entity === 'person' && before && before.data.visibility !== after.data.visibility) {
      this.visibilityChanged.add(after.id);
    }
    if (deleting) this.brakeFor(actor.memberId).count();
    this.audit.push({
      at: this.opts.now,
      actor_id: actor.memberId,
      device_id: actor.deviceId,
      action: !before ? 'create' : m.op === 'delete' ? 'delete' : m.op === 'restore' ? 'restore' : 'update',
      entity: after.entity,
      entity_id: after.id,
      fields: JSON.stringify(merged.changed),
      detail: JSON.stringify({ version: after.version, mutation: m.id }),
    });
    return { id: m.id, status: 'applied', version: after.version };
  }

  private restage(rec: StoredRecord): void {
    this.records.set(rec.id, rec);
    const prior = this.staged.get(rec.id);
    this.staged.set(rec.id, {
      rec,
      refsChanged: prior?.refsChanged ?? false,
      existed: prior?.existed ?? true,
    });
  }

  /**
   * A person made private (or signal) must take what points at them off teammates' replicas too:
   * their relationships, interactions and tasks get a new version, and pulls re-project them.
   */
  private async reversionReferrers(): Promise<void> {
    if (this.visibilityChanged.size === 0) return;
    const referrers = await this.repo.referrersOf([...this.visibilityChanged]);
    const missing = referrers.filter((r) => !this.records.has(r.id));
    for (const row of await this.repo.recordsByIds(missing.map((r) => r.id)))
      this.records.set(row.id, fromRow(row));
    for (const ref of referrers) {
      const rec = this.records.get(ref.id);
      if (!rec || this.changes.has(ref.id)) continue;
      rec.version = ++this.version;
      this.staged.set(rec.id, { rec, refsChanged: false, existed: true });
      const kind = typeof rec.data.deletedAt === 'number' ? 'deleted' : 'upsert';
      this.changes.set(rec.id, { entity: rec.entity, entity_id: rec.id, version: rec.version, kind });
    }
  }

  private async write(start: number): Promise<void> {
    const staged = [...this.staged.values()];
    const refsTouched = staged.filter((s) => s.refsChanged);
    await this.repo.deleteRefsOf(
      refsTouched.filter((s) => s.existed).map((s) => ({ entity: s.rec.entity, id: s.rec.id })),
    );
    await this.repo.insertRefs(
      refsTouched.flatMap(({ rec }) =>
        personRefs(rec.entity, rec.data).map((person_id) => ({ entity: rec.entity, id: rec.id, person_id })),
      ),
    );
    await this.repo.writeBatch({
      records: staged.map((s) => toRow(s.rec)),
      changes: [...this.changes.values()],
      audit: this.audit,
      applied: this.applied,
      at: this.opts.now,
      version: this.version !== start ? this.version : null,
    });
    for (const brake of this.brakes.values()) await brake.save();
  }
}

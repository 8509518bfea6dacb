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

/**
 * Applies a push in one transaction. The team's counter row is locked first, so pushes of one team
 * apply one after another and each change's version follows commit order. Mutations already applied
 * for this client are answered `duplicate`; the (clientId, mutationId) rows are written in the same
 * transaction as the changes, so a retry after a lost reply is harmless.
 */
export function applyPush(
  conn: Connection,
  actor: Actor,
  req: PushRequest,
  opts: PushOptions,
): Promise<PushResponse> {
  return withTeam(conn, actor.teamId, (repo) => new PushRun(repo, actor, req, opts).run());
}

class PushRun {
  private version = 0;
  private readonly records = new Map<string, StoredRecord>();
  private readonly staged = new Map<string, { rec: StoredRecord; refsChanged: boolean; existed: boolean }>();
  private readonly changes = new Map<string, ChangeRow>();
  private readonly audit: AuditEntry[] = [];
  private readonly applied: string[] = [];
  private readonly visibilityChanged = new Set<string>();
  private erased = new Set<string>();

  constructor(
    private readonly repo: TeamRepo,
    private readonly actor: Actor,
    private readonly req: PushRequest,
    private readonly opts: PushOptions,
  ) {}

  async run(): Promise<PushResponse> {
    this.version = await this.repo.lockCounter();
    const start = this.version;
    const { mutations, clientId } = this.req;
    const already = await this.repo.appliedAmong(clientId, [...new Set(mutations.map((m) => m.id))]);
    for (const row of await this.repo.recordsByIds([...new Set(mutations.map((m) => m.entityId))])) {
      this.records.set(row.id, fromRow(row));
    }
    // Most teams never erase anyone: then there is no marker to look for, and no key to compute.
    if (await this.repo.hasErasures())
      this.erased = await this.repo.erasedAmong(this.candidateMarkers(mutations));
    const brake = new DeleteBrake(this.repo, this.actor.memberId, this.opts.now, this.opts.brakeLimit);

    const seen = new Set<string>();
    const results: MutationResult[] = [];
    for (const m of mutations) {
      if (already.has(m.id) || seen.has(m.id)) {
        results.push({ id: m.id, status: 'duplicate' });
        continue;
      }
      seen.add(m.id);
      results.push(await this.applyOne(m, brake));
    }
    await this.reversionReferrers();
    await this.write(brake, start);
    return { results };
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

  private async applyOne(m: Mutation, brake: DeleteBrake): Promise<MutationResult> {
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
    const merged = merge(before, m, this.actor.memberId, this.opts.now);
    if (!merged.ok) return reject(merged.reason, merged.message);
    const after = merged.record;
    const denied = checkMutation(this.actor, m, before, after);
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
      const paused = await brake.check();
      if (paused) return reject('forbidden', paused);
    }

    this.applied.push(m.id);
    if (merged.changed.length === 0)
      return { id: m.id, status: 'applied', version: before?.version ?? this.version };

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
    if (deleting) brake.count();
    this.audit.push({
      at: this.opts.now,
      actor_id: this.actor.memberId,
      device_id: this.actor.deviceId,
      action: !before ? 'create' : m.op === 'delete' ? 'delete' : m.op === 'restore' ? 'restore' : 'update',
      entity: after.entity,
      entity_id: after.id,
      fields: JSON.stringify(merged.changed),
      detail: JSON.stringify({ version: after.version, mutation: m.id }),
    });
    return { id: m.id, status: 'applied', version: after.version };
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

  private async write(brake: DeleteBrake, start: number): Promise<void> {
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
      clientId: this.req.clientId,
      applied: this.applied,
      at: this.opts.now,
      version: this.version !== start ? this.version : null,
    });
    await brake.save();
  }
}

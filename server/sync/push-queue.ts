import type { PushRequest, PushResponse } from '../../utils/model/sync-api';
import type { Actor } from '../auth/actor';
import type { Connection } from '../db/connect';
import { applyPush, applyPushGroup, type PushItem, type PushOptions } from './push';

interface Pending extends PushItem {
  resolve(response: PushResponse): void;
  reject(error: unknown): void;
}

/**
 * Group commit for pushes. A team's pushes serialise on its counter row anyway; while one
 * transaction runs, the pushes that arrive for the same team wait here and then go together in the
 * next transaction, so its fixed costs (round trips, locking, commit) are shared. Each push is still
 * applied in arrival order and answered on its own. Other processes' pushes serialise with these in
 * the database, as before.
 */
export class PushQueue {
  private readonly waiting = new Map<string, Pending[]>();
  private readonly running = new Set<string>();

  constructor(
    private readonly conn: Connection,
    private readonly optionsFor: (teamId: string) => Promise<PushOptions>,
    private readonly maxMutations = 2_000,
  ) {}

  submit(actor: Actor, req: PushRequest): Promise<PushResponse> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(actor.teamId) ?? [];
      queue.push({ actor, req, resolve, reject });
      this.waiting.set(actor.teamId, queue);
      if (!this.running.has(actor.teamId)) void this.drain(actor.teamId);
    });
  }

  private async drain(teamId: string): Promise<void> {
    this.running.add(teamId);
    try {
      for (;;) {
        const queue = this.waiting.get(teamId) ?? [];
        if (queue.length === 0) break;
        let size = 0;
        let take = 0;
        while (
          take < queue.length &&
          (take === 0 || size + queue[take]!.req.mutations.length <= this.maxMutations)
        ) {
          size += queue[take]!.req.mutations.length;
          take++;
        }
        const group = queue.splice(0, take);
        await this.apply(teamId, group);
      }
    } finally {
      this.running.delete(teamId);
      this.waiting.delete(teamId);
    }
  }

  private async apply(teamId: string, group: Pending[]): Promise<void> {
    try {
      const opts = await this.optionsFor(teamId);
      const responses = await applyPushGroup(this.conn, group, opts);
      group.forEach((p, i) => p.resolve(responses[i]!));
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      // One failing push must not fail the others: apply them one by one.
      for (const p of group) {
        try {
          p.resolve(await applyPush(this.conn, p.actor, p.req, await this.optionsFor(teamId)));
        } catch (e) {
          p.reject(e);
        }
      }
    }
  }
}

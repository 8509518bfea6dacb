import type { TeamRepo } from '../db/team-repo';

const HOUR = 3_600_000;

/**
 * The mass-delete brake: a member who deletes more than `limit` records within an hour is paused
 * (further deletions rejected) until an admin confirms. Counting starts again after the confirmation.
 */
export class DeleteBrake {
  private loaded = false;
  private paused = false;
  private pausedNow = false;
  private deletes = 0;

  constructor(
    private readonly repo: TeamRepo,
    private readonly memberId: string,
    private readonly now: number,
    private readonly limit: number,
  ) {}

  /** Null when this deletion may go ahead; otherwise why not. */
  async check(): Promise<string | null> {
    if (!this.loaded) await this.load();
    if (!this.paused && this.deletes >= this.limit) {
      this.paused = true;
      this.pausedNow = true;
    }
    return this.paused
      ? `deletions paused: more than ${this.limit} in an hour; an admin must confirm before more can be deleted`
      : null;
  }

  count(): void {
    this.deletes += 1;
  }

  async save(): Promise<void> {
    if (this.pausedNow) await this.repo.setBrake(this.memberId, { paused_at: this.now });
  }

  private async load(): Promise<void> {
    this.loaded = true;
    const state = await this.repo.brake(this.memberId);
    const released = state?.released_at ?? 0;
    this.paused = state?.paused_at != null && state.paused_at > released;
    this.deletes = await this.repo.deletesSince(this.memberId, Math.max(this.now - HOUR, released));
  }
}

/** Whether a member is paused right now (for the admin's list). */
export function isPaused(
  state: { paused_at: number | null; released_at: number | null } | undefined,
): boolean {
  return state?.paused_at != null && state.paused_at > (state.released_at ?? 0);
}

import type { Role } from '../../utils/model/team';

/**
 * Who may do what, in one table. Record-level rules (own vs. others' records, visibility) build on
 * these in sync/permissions.ts; routes name the capability they need.
 */
export const CAPABILITIES = {
  /** Read team records (as projected for the member), members and their own devices. */
  read: ['admin', 'member', 'viewer'],
  /** Log interactions of their own. */
  logOwnInteractions: ['admin', 'member', 'viewer'],
  /** Create and edit team records. */
  write: ['admin', 'member'],
  /** Delete records they created, and restore what they deleted. */
  deleteOwn: ['admin', 'member'],
  /** See the trash. */
  trash: ['admin', 'member'],
  /** Delete and restore anything the team can see. */
  deleteAny: ['admin'],
  restoreAny: ['admin'],
  /** Invites, roles, revocation. */
  manageMembers: ['admin'],
  erase: ['admin'],
  audit: ['admin'],
  /** Confirm a member's paused mass deletion. */
  releaseBrake: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

import { z } from 'zod';
import {
  EntityNameSchema,
  IdSchema,
  type EraseReceipt,
  type HistoryResponse,
  type Role,
} from '@/utils/model';
import type { SyncOutcome } from '@/utils/sync/engine';
import type { JoinOutcome } from '@/utils/sync/join';
import type { LeavePlan } from '@/utils/sync/leave';
import type { SyncStatus } from '@/utils/sync/status';

/**
 * Messages of the extension pages (popup, options, dashboard), merged into MESSAGES in protocol.ts.
 * All are 'page' messages: a web page's content script can never join a team, read sync state or
 * erase anyone.
 */
export const PAGES_MESSAGES = {
  syncStatus: { from: 'page', data: z.object({}).default({}) },
  syncNow: { from: 'page', data: z.object({}).default({}) },
  joinTeam: {
    from: 'page',
    data: z.object({
      serverUrl: z.string().trim().min(1).max(2048),
      invite: z.string().trim().min(1).max(200),
      name: z.string().trim().min(1).max(100),
      email: z.string().trim().max(320).optional(),
      deviceName: z.string().trim().min(1).max(100).optional(),
    }),
  },
  /** dryRun: only count what leaving would remove and keep, for the confirmation. */
  leaveTeam: { from: 'page', data: z.object({ dryRun: z.boolean().optional() }).default({}) },
  /** A record's history from the team server (who changed which fields, when). */
  recordHistory: { from: 'page', data: z.object({ entity: EntityNameSchema, id: IdSchema }) },
  /** GDPR erasure of a person on the team server (admins only; the server checks the role). */
  erasePerson: { from: 'page', data: z.object({ personId: IdSchema }) },
} as const satisfies Record<string, { from: 'content' | 'page'; data: z.ZodType }>;

export interface PagesReplies {
  /** The member's role decides what the pages offer (an admin may erase from the server). */
  syncStatus: SyncStatus & { role: Role | null };
  syncNow: SyncOutcome;
  joinTeam: JoinOutcome;
  leaveTeam: LeavePlan;
  /** null before joining a team: there is no server history. */
  recordHistory: HistoryResponse | null;
  erasePerson: EraseReceipt;
}

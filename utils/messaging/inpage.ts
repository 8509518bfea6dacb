import { z } from 'zod';
import { CandidateSchema, IdSchema, StatusSchema, TagSchema, VisibilitySchema } from '@/utils/model';
import type { CompanyCardView, PersonCardView } from '@/utils/inpage/views';

/**
 * Messages of the in-page UI (badges and popovers), merged into MESSAGES in protocol.ts. Content
 * scripts run beside untrusted pages, so every field is bounded and parsed on arrival.
 */
export const INPAGE_MESSAGES = {
  /** The popover's card: the saved person and who on the team knows them, as this member may see it. */
  personCard: {
    from: 'content',
    data: z
      .object({ candidate: CandidateSchema.optional(), personId: IdSchema.optional() })
      .refine((v) => v.candidate ?? v.personId, 'give a candidate or a person id'),
  },
  /** "The team knows N people at Acme", and the company record. */
  companyCard: { from: 'content', data: z.object({ candidate: CandidateSchema }) },
  saveCompany: {
    from: 'content',
    data: z.object({
      candidate: CandidateSchema,
      tags: z.array(TagSchema).max(50).default([]),
      status: StatusSchema.optional(),
      visibility: VisibilitySchema.optional(),
      mergeInto: IdSchema.optional(),
    }),
  },
  /** The viewer knows a saved person: records (or updates) their own relationship. */
  iKnowThem: {
    from: 'content',
    data: z.object({
      personId: IdSchema,
      how: z.string().trim().max(500).optional(),
      where: z.string().trim().max(200).optional(),
      metAt: z.number().int().nonnegative().optional(),
    }),
  },
  addTask: {
    from: 'content',
    data: z
      .object({
        title: z.string().trim().min(1).max(300),
        personId: IdSchema.optional(),
        companyId: IdSchema.optional(),
        due: z.number().int().nonnegative().optional(),
      })
      .refine((v) => v.personId ?? v.companyId, 'a task from a page is about a person or a company'),
  },
  /** Creates an intro request; the introducer answers it from the dashboard. */
  askIntro: {
    from: 'content',
    data: z.object({
      personId: IdSchema,
      introducerId: z.string().min(1).max(64),
      message: z.string().trim().min(1).max(5_000),
    }),
  },
  /** Existing tags for autocomplete. */
  tags: { from: 'content', data: z.object({ prefix: z.string().max(64).default('') }) },
  openDashboard: {
    from: 'content',
    data: z.object({ entity: z.enum(['person', 'company']), id: IdSchema }),
  },
  /** Load the popover code into the asking frame (on the first open only). */
  inpageUi: { from: 'content', data: z.object({}).default({}) },
  /** "Scan this page" from the popup: the generic detectors on the active tab (activeTab). */
  scanTab: { from: 'page', data: z.object({ tabId: z.number().int().nonnegative() }) },
} as const satisfies Record<string, { from: 'content' | 'page'; data: z.ZodType }>;

export interface InpageReplies {
  personCard: PersonCardView;
  companyCard: CompanyCardView;
  saveCompany: { companyId: string; created: boolean };
  iKnowThem: { relationshipId: string; created: boolean };
  addTask: { taskId: string };
  askIntro: { introRequestId: string };
  tags: { tags: string[] };
  openDashboard: { ok: true };
  inpageUi: { ok: true };
  scanTab: { injected: boolean };
}

import { z } from 'zod';
import {
  CandidateSchema,
  IdSchema,
  InteractionKindSchema,
  StatusSchema,
  TagSchema,
  VisibilitySchema,
} from '@/utils/model';
import { INPAGE_MESSAGES, type InpageReplies } from './inpage';
import { INTRO_MESSAGES, type IntroReplies } from './intro';
import { PAGES_MESSAGES, type PagesReplies } from './pages';

/**
 * The one message protocol between content scripts, extension pages and the background.
 * Each message has a zod schema for its data (parsed on arrival: content scripts are untrusted)
 * and says who may send it: 'content' messages may come from a tab's content script,
 * 'page' messages only from the extension's own pages.
 */
export const MESSAGES = {
  /** Batched look-up of the candidates on a page: one message for a whole result list. */
  lookup: {
    from: 'content',
    data: z.object({ candidates: z.array(CandidateSchema).max(200) }),
  },
  /** One-click save (or save with edited preview) of a candidate. */
  savePerson: {
    from: 'content',
    data: z.object({
      candidate: CandidateSchema,
      tags: z.array(TagSchema).max(50).default([]),
      status: StatusSchema.optional(),
      visibility: VisibilitySchema.optional(),
      how: z.string().trim().max(500).optional(),
      where: z.string().trim().max(200).optional(),
      metAt: z.number().int().nonnegative().optional(),
      /** Add to this existing person instead of creating a new one. */
      mergeInto: IdSchema.optional(),
    }),
  },
  logInteraction: {
    from: 'content',
    data: z.object({
      personId: IdSchema,
      kind: InteractionKindSchema,
      at: z.number().int().nonnegative(),
      where: z.string().trim().max(200).optional(),
      note: z.string().max(5_000).optional(),
    }),
  },
  /** How many known people are on the tab: drives the toolbar badge. */
  pageSummary: {
    from: 'content',
    data: z.object({
      known: z.number().int().min(0).max(10_000),
      found: z.number().int().min(0).max(10_000),
    }),
  },
  ping: { from: 'content', data: z.object({}).default({}) },
  ...INPAGE_MESSAGES,
  ...PAGES_MESSAGES,
  ...INTRO_MESSAGES,
} as const satisfies Record<string, { from: 'content' | 'page'; data: z.ZodType }>;

export type MessageType = keyof typeof MESSAGES;
export type MessageData<T extends MessageType> = z.infer<(typeof MESSAGES)[T]['data']>;

export const LookupResultSchema = z.object({
  results: z.array(
    z.object({
      state: z.enum(['new', 'saved', 'known']),
      personId: IdSchema.optional(),
      companyId: IdSchema.optional(),
      /** The viewer has their own tie with this person (or with someone at this company). */
      mine: z.boolean().default(false),
      /** Teammates who know this person, strongest first, as this member may see them. */
      knownBy: z
        .array(z.object({ memberId: z.string(), name: z.string(), initials: z.string() }))
        .default([]),
    }),
  ),
});

/** What each message answers. */
export interface Replies extends InpageReplies, PagesReplies, IntroReplies {
  lookup: z.infer<typeof LookupResultSchema>;
  savePerson: { personId: string; created: boolean };
  logInteraction: { interactionId: string };
  pageSummary: { ok: true };
  ping: { ok: true; version: string };
}

/** Errors cross the boundary as data, so a failure always reaches the UI with a reason. */
export type Reply<T extends MessageType> = { ok: true; value: Replies[T] } | { ok: false; error: string };

export type ProtocolMap = { [T in MessageType]: (data: MessageData<T>) => Reply<T> };

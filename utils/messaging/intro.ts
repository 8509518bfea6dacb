import { z } from 'zod';
import { IdSchema, type NameOrder } from '@/utils/model';
import type { PathReason } from '@/utils/relationship/best-path';
import type { StrengthBand } from '@/utils/relationship/strength';

/**
 * Messages of warm introductions and email logging, merged into MESSAGES in protocol.ts. The popover
 * asks who could introduce; a webmail tab logs an email with the saved people of an open thread.
 */
export const INTRO_MESSAGES = {
  /** Teammates who could introduce the viewer to a saved person, best first, with why. */
  introducers: { from: 'content', data: z.object({ personId: IdSchema }) },
  /** "Log this email": one email with saved people, dated from the message itself. */
  logEmail: {
    from: 'content',
    data: z.object({
      personIds: z.array(IdSchema).min(1).max(50),
      /** When the message was sent, read from the thread. */
      at: z.number().int().nonnegative(),
      direction: z.enum(['outbound', 'inbound']).optional(),
      /** The thread's own id when the page shows one, so the same email is logged once. */
      messageKey: z.string().trim().min(1).max(300).optional(),
    }),
  },
  /**
   * An open thread's messages with saved people: logged automatically when Settings.autoLogEmails is
   * on, answered with what was (or, when off, could be) logged.
   */
  emailsSeen: {
    from: 'content',
    data: z.object({
      messages: z
        .array(
          z.object({
            messageKey: z.string().trim().min(1).max(300),
            at: z.number().int().nonnegative(),
            from: z.string().max(320),
            to: z.array(z.string().max(320)).max(100),
          }),
        )
        .max(100),
    }),
  },
} as const satisfies Record<string, { from: 'content' | 'page'; data: z.ZodType }>;

/**
 * One teammate who could introduce: a scored path; a tie with nothing logged yet (a saved card, "how
 * we met" only); or a glimpse ("knows someone by this name"), which says nothing of how well.
 */
export type IntroducerView =
  | {
      kind: 'path';
      memberId: string;
      name: string;
      degree: 1 | 2;
      /** For a second degree: the colleague of the target they know. */
      viaName?: string;
      score: number;
      band: StrengthBand;
      happyToIntroduce: boolean;
      reasons: PathReason[];
    }
  | { kind: 'known'; memberId: string; name: string; how?: string }
  | { kind: 'signal'; memberId: string; name: string };

export interface IntroTargetView {
  personId: string;
  displayName: string;
  givenName?: string;
  familyName?: string;
  nameOrder: NameOrder;
  companyName?: string;
}

export interface IntroducersReply {
  me: { memberId: string; name: string };
  target: IntroTargetView;
  introducers: IntroducerView[];
  /** Requests I already made about this person that are still open, by introducer. */
  open: { introRequestId: string; introducerId: string; status: 'asked' | 'accepted' }[];
}

export interface EmailLogged {
  logged: { messageKey?: string; interactionId: string; personIds: string[] }[];
  /** Messages with saved people not logged because automatic logging is off. */
  offered: { messageKey: string; at: number; personIds: string[] }[];
  /** Already logged before (same thread message): nothing written. */
  skipped: number;
}

export interface IntroReplies {
  introducers: IntroducersReply;
  logEmail: { interactionId: string; created: boolean };
  emailsSeen: EmailLogged;
}

import { z } from 'zod';
import { SourceKindSchema } from './common';
import { LinkKindSchema } from './person';

/** A person or company spotted on a page, before anyone saved it. Plain data: it crosses messages. */
export const CandidateSchema = z.object({
  kind: z.enum(['person', 'company']),
  name: z.string().trim().min(1).max(200),
  title: z.string().trim().max(200).optional(),
  company: z.string().trim().max(200).optional(),
  emails: z.array(z.string().max(320)).max(50).default([]),
  phones: z.array(z.string().max(64)).max(50).default([]),
  links: z
    .array(z.object({ kind: LinkKindSchema, url: z.string().max(2048) }))
    .max(50)
    .default([]),
  location: z.string().trim().max(200).optional(),
  photoUrl: z.string().max(2048).optional(),
  /** Which detector found which field; a merged candidate keeps every source. */
  sources: z
    .array(z.object({ field: z.string().max(32), source: SourceKindSchema }))
    .max(100)
    .default([]),
  confidence: z.number().min(0).max(1),
  /** The page it was found on. */
  url: z.string().max(2048).optional(),
});
export type Candidate = z.infer<typeof CandidateSchema>;
export type CandidateInput = z.input<typeof CandidateSchema>;

/** What detectors return inside the page: the data plus where to put the badge (never sent). */
export interface DetectedCandidate extends Candidate {
  anchor?: Element;
}

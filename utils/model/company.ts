import { z } from 'zod';
import {
  ProvenanceMapSchema,
  RecordMetaSchema,
  SafeUrlSchema,
  StatusSchema,
  TagSchema,
  VisibilitySchema,
} from './common';

export const CompanySchema = RecordMetaSchema.extend({
  name: z.string().trim().min(1, 'a company needs a name').max(200),
  legalName: z.string().trim().max(300).optional(),
  /** Registrable domains, like example.co.jp. */
  domains: z.array(z.string().trim().toLowerCase().min(3).max(253)).max(20).default([]),
  linkedin: SafeUrlSchema.optional(),
  website: SafeUrlSchema.optional(),
  industry: z.string().trim().max(120).optional(),
  location: z.string().trim().max(200).optional(),
  notes: z.string().max(20_000).optional(),
  tags: z.array(TagSchema).max(100).default([]),
  status: StatusSchema.default('other'),
  visibility: VisibilitySchema.default('team'),
  provenance: ProvenanceMapSchema.default({}),
});
export type Company = z.infer<typeof CompanySchema>;
export type CompanyInput = z.input<typeof CompanySchema>;

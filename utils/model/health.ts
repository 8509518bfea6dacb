import { z } from 'zod';
import { TimestampSchema } from './common';

/** Seen/missed counts of one expected field on one kind of page. */
export const HealthCountSchema = z.object({
  seen: z.number().int().nonnegative(),
  missed: z.number().int().nonnegative(),
});
export type HealthCount = z.infer<typeof HealthCountSchema>;

/**
 * Detector health, kept locally and free of personal data: only site, page kind, field names and counts.
 * Key of `pages` is "site:kind" (e.g. "linkedin:profile").
 */
export const DetectorHealthSchema = z.object({
  since: TimestampSchema,
  updatedAt: TimestampSchema,
  pages: z
    .record(
      z
        .string()
        .regex(/^[a-z]+:[a-z-]+$/)
        .max(64),
      z.object({
        pages: z.number().int().nonnegative(),
        fields: z.record(
          z
            .string()
            .regex(/^[a-zA-Z-]+$/)
            .max(32),
          HealthCountSchema,
        ),
      }),
    )
    .default({}),
});
export type DetectorHealth = z.infer<typeof DetectorHealthSchema>;

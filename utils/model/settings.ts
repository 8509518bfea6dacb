import { z } from 'zod';
import { VisibilitySchema } from './common';

export const LanguageSchema = z.enum(['auto', 'en', 'ja']);

export const SettingsSchema = z.object({
  /** ISO 3166 region for numbers written without a country code. */
  phoneRegion: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .default('JP'),
  language: LanguageSchema.default('auto'),
  defaultVisibility: VisibilitySchema.default('team'),
  /** Log emails with saved people automatically (off: nothing is logged without the user's action). */
  autoLogEmails: z.boolean().default(false),
  strengthHalfLifeDays: z.number().int().min(7).max(3650).default(180),
  /** Tag → colour (#rrggbb) chosen in the dashboard; local to this browser. */
  tagColors: z.record(z.string().trim().min(1).max(64), z.string().regex(/^#[0-9a-f]{6}$/i)).default({}),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

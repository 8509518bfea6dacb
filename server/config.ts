import { z } from 'zod';

export const LogLevelSchema = z.enum(['debug', 'info', 'warn', 'error', 'silent']);
export type LogLevel = z.infer<typeof LogLevelSchema>;

/** Server settings from the environment, overridden by flags; validated so a typo fails at start. */
export const ConfigSchema = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65_535).default(8787),
  databaseUrl: z.string().min(1).default('./data/meishi.db'),
  publicUrl: z.url({ protocol: /^https?$/, message: 'PUBLIC_URL must be an http(s) URL' }).optional(),
  logLevel: LogLevelSchema.default('info'),
  /** Days a deleted record stays restorable. */
  trashDays: z.coerce.number().int().min(1).max(3650).default(30),
  /** Requests per minute per device token (and per address for unauthenticated routes). */
  rateLimitPerMinute: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** Deletions per member per hour before the mass-delete brake pauses them. */
  deleteBrakePerHour: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Largest request body, in bytes. */
  bodyLimitBytes: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(4 * 1024 * 1024),
});
export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

const ENV_NAMES: Record<keyof Config, string> = {
  host: 'HOST',
  port: 'PORT',
  databaseUrl: 'DATABASE_URL',
  publicUrl: 'PUBLIC_URL',
  logLevel: 'LOG_LEVEL',
  trashDays: 'TRASH_DAYS',
  rateLimitPerMinute: 'RATE_LIMIT_PER_MINUTE',
  deleteBrakePerHour: 'DELETE_BRAKE_PER_HOUR',
  bodyLimitBytes: 'BODY_LIMIT_BYTES',
};

export const FLAG_NAMES: Record<keyof Config, string> = {
  host: '--host',
  port: '--port',
  databaseUrl: '--database-url',
  publicUrl: '--public-url',
  logLevel: '--log-level',
  trashDays: '--trash-days',
  rateLimitPerMinute: '--rate-limit',
  deleteBrakePerHour: '--delete-brake',
  bodyLimitBytes: '--body-limit',
};

/** Environment first, flags over it; empty values count as unset. */
export function loadConfig(
  env: Record<string, string | undefined>,
  flags: Partial<Record<keyof Config, string>> = {},
): { ok: true; config: Config } | { ok: false; message: string } {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(ENV_NAMES) as (keyof Config)[]) {
    const value = flags[key] ?? env[ENV_NAMES[key]];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  const messages = parsed.error.issues.map((i) => {
    const key = i.path[0] as keyof Config | undefined;
    return key ? `${ENV_NAMES[key]} / ${FLAG_NAMES[key]}: ${i.message}` : i.message;
  });
  return { ok: false, message: `invalid configuration: ${messages.join('; ')}` };
}

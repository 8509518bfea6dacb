import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '@/utils/model/settings';

const KEY = 'settings';

/** Settings live in storage.local (never sync storage): they may name the team server. */
export async function getSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  // A corrupt or older settings object degrades to defaults field by field rather than failing.
  if (parsed.success) return parsed.data;
  const partial = typeof stored === 'object' && stored ? (stored as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [k, v] of Object.entries(partial)) {
    const one = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, [k]: v });
    if (one.success) merged[k] = v;
  }
  return SettingsSchema.parse(merged);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await getSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

import { browser } from 'wxt/browser';
import { CredentialsSchema, type CredentialStore, type Credentials } from '@/utils/sync';

const KEY = 'syncCredentials';

/**
 * The device token lives in browser.storage.local: never storage.sync (which would copy it to every
 * browser of the user's account) and never the database, which exports and backups read.
 */
export const browserCredentials: CredentialStore = {
  async get(): Promise<Credentials | null> {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    const parsed = CredentialsSchema.safeParse(stored);
    return parsed.success ? parsed.data : null;
  },
  async set(value: Credentials): Promise<void> {
    await browser.storage.local.set({ [KEY]: CredentialsSchema.parse(value) });
  },
  async clear(): Promise<void> {
    await browser.storage.local.remove(KEY);
  },
};

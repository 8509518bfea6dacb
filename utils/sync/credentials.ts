import { z } from 'zod';

/**
 * What this device needs to talk to its team server. The token is a secret: the extension keeps it in
 * browser.storage.local (never storage.sync, never the database that pages can export).
 */
export const CredentialsSchema = z.object({
  serverUrl: z.url({ protocol: /^https?$/ }),
  token: z.string().startsWith('meishi_'),
  teamId: z.string().min(1),
  teamName: z.string(),
  memberId: z.string().min(1).max(64),
  memberName: z.string(),
  role: z.enum(['admin', 'member', 'viewer']).default('member'),
  deviceId: z.string(),
  joinedAt: z.number().int().nonnegative(),
});
export type Credentials = z.infer<typeof CredentialsSchema>;

export interface CredentialStore {
  get(): Promise<Credentials | null>;
  set(value: Credentials): Promise<void>;
  clear(): Promise<void>;
}

/** For tests and the soak harness: survives a simulated crash because the object outlives the engine. */
export class MemoryCredentialStore implements CredentialStore {
  private value: Credentials | null = null;
  async get(): Promise<Credentials | null> {
    return this.value;
  }
  async set(value: Credentials): Promise<void> {
    this.value = CredentialsSchema.parse(value);
  }
  async clear(): Promise<void> {
    this.value = null;
  }
}

/** "https://team.example.com/" and "https://team.example.com" are the same server. */
export function normalizeServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  url.hash = '';
  url.search = '';
  return url.toString().replace(/\/+$/, '');
}

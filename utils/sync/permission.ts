import { browser } from 'wxt/browser';
import { normalizeServerUrl } from './credentials';

/** "https://team.example.com/meishi" → "https://team.example.com/*", the host permission sync needs. */
export function originPattern(serverUrl: string): string | null {
  const url = normalizeServerUrl(serverUrl);
  return url ? `${new URL(url).origin}/*` : null;
}

/**
 * Asks for the team server's host permission. Call it synchronously inside the click that joins: the
 * browser shows its prompt only during a user gesture. Sync still works through the server's CORS
 * answer when the user declines, so joining never waits on this.
 */
export function askServerPermission(serverUrl: string): Promise<boolean> {
  const pattern = originPattern(serverUrl);
  if (!pattern) return Promise.resolve(false);
  try {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

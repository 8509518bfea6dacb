import type { LinkEntry } from '@/utils/model';

type LinkKind = LinkEntry['kind'];
const KINDS: ReadonlySet<string> = new Set(['linkedin', 'website', 'x', 'github', 'other']);

/** The link kind a URL's host implies: linkedin.com profiles, x.com/twitter.com, github.com. */
export function kindOfUrl(url: string): LinkKind {
  try {
    return kindOfHost(new URL(url).hostname);
  } catch {
    return 'website';
  }
}

export function isLinkKind(value: string): value is LinkKind {
  return KINDS.has(value);
}

function kindOfHost(hostname: string): LinkKind {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (host === 'x.com' || host === 'twitter.com' || host === 'mobile.twitter.com') return 'x';
  if (host === 'github.com') return 'github';
  return 'website';
}

/**
 * A safe http(s) URL from what a file holds, and the kind its host implies: "www.example.com"
 * gains https://, "http\://" escapes are undone; anything else (javascript:, data:, text that is
 * not a URL, longer than the schema allows) gives null.
 */
export function readUrl(input: string): { url: string; kind: LinkKind } | null {
  let s = input.trim().replace(/\\:/g, ':');
  if (s === '' || s.length > 2048 || /\s/.test(s)) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = `https://${s.replace(/^\/+/, '')}`;
  if (!/^https?:/i.test(s)) return null;
  try {
    return { url: s, kind: kindOfHost(new URL(s).hostname) };
  } catch {
    return null;
  }
}

export function safeUrl(input: string): string | null {
  return readUrl(input)?.url ?? null;
}

import { SafeUrlSchema, type LinkEntry } from '@/utils/model';

type LinkKind = LinkEntry['kind'];
const KINDS: ReadonlySet<string> = new Set(['linkedin', 'website', 'x', 'github', 'other']);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The link kind a URL's host implies: linkedin.com profiles, x.com/twitter.com, github.com. */
export function kindOfUrl(url: string): LinkKind {
  const host = hostOf(url);
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (host === 'x.com' || host === 'twitter.com' || host === 'mobile.twitter.com') return 'x';
  if (host === 'github.com') return 'github';
  return 'website';
}

export function isLinkKind(value: string): value is LinkKind {
  return KINDS.has(value);
}

/**
 * A safe http(s) URL from what a file holds: "www.example.com" gains https://, "http\://" escapes
 * are undone; anything else (javascript:, data:, text that is not a URL) gives null.
 */
export function safeUrl(input: string): string | null {
  let s = input.trim().replace(/\\:/g, ':');
  if (s === '' || /\s/.test(s)) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(s)) s = `https://${s.replace(/^\/+/, '')}`;
  if (!/^https?:/i.test(s)) return null;
  return SafeUrlSchema.safeParse(s).success ? s : null;
}

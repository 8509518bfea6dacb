import type { LinkKind } from './types';

/** Resolve an href against the page base; only http(s) survives (javascript:, data: and friends are dropped). */
export function safeHttpUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  try {
    const url = new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password) return undefined;
    const out = url.href;
    return out.length <= 2048 ? out : undefined;
  } catch {
    return undefined;
  }
}

/** The page's base for relative URLs: its <base href> if valid, else the page URL. */
export function baseOf(root: ParentNode, url: URL): string {
  const doc = ownerDocument(root);
  // <base> belongs in <head>: looking only there keeps this cheap on huge pages.
  const baseHref = (doc?.head ?? doc)?.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) {
    const resolved = safeHttpUrl(baseHref, url.href);
    if (resolved) return resolved;
  }
  return url.href;
}

export function ownerDocument(root: ParentNode): Document | null {
  const node = root as Node;
  if (node.nodeType === 9) return node as Document;
  return node.ownerDocument ?? null;
}

const HOSTS: [RegExp, LinkKind][] = [
  [/(^|\.)linkedin\.com$/i, 'linkedin'],
  [/(^|\.)(twitter|x)\.com$/i, 'x'],
  [/(^|\.)github\.com$/i, 'github'],
];

/** Which kind of profile a URL is; `website` for anything else on http(s). */
export function linkKind(href: string): LinkKind {
  try {
    const host = new URL(href).hostname;
    for (const [re, kind] of HOSTS) if (re.test(host)) return kind;
    return 'website';
  } catch {
    return 'other';
  }
}

const GITHUB_RESERVED = new Set([
  'orgs',
  'about',
  'features',
  'pricing',
  'login',
  'join',
  'topics',
  'sponsors',
  'marketplace',
  'settings',
  'explore',
  'site',
  'enterprise',
]);
const X_RESERVED = new Set([
  'intent',
  'share',
  'home',
  'search',
  'i',
  'hashtag',
  'login',
  'explore',
  'settings',
  'privacy',
  'tos',
]);

/**
 * A link that points at one person's or company's profile (not a share button or a post),
 * normalised to its canonical form; undefined otherwise.
 */
export function profileUrl(
  href: string,
): { kind: LinkKind; url: string; slug: string; company: boolean } | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const kind = linkKind(url.href);
  const parts = url.pathname.split('/').filter(Boolean);
  const first = (parts[0] ?? '').toLowerCase();
  if (kind === 'linkedin') {
    if ((first === 'in' || first === 'company' || first === 'school') && parts[1]) {
      const slug = safeDecode(parts[1]).toLowerCase();
      if (!/^[\p{L}\p{N}_.%-]{2,100}$/u.test(slug)) return undefined;
      return {
        kind,
        url: `https://www.linkedin.com/${first}/${encodeURIComponent(slug)}/`,
        slug,
        company: first !== 'in',
      };
    }
    return undefined;
  }
  if (kind === 'github' || kind === 'x') {
    if (parts.length !== 1 || !/^[A-Za-z0-9_-]{1,39}$/.test(parts[0] ?? '')) return undefined;
    if ((kind === 'github' ? GITHUB_RESERVED : X_RESERVED).has(first)) return undefined;
    const host = kind === 'github' ? 'github.com' : 'x.com';
    return { kind, url: `https://${host}/${parts[0]}`, slug: first, company: false };
  }
  return undefined;
}

export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

import { parse } from 'tldts';

/**
 * Host names as keys: lower case, IDN in its ASCII (punycode) form so "例え.jp" and
 * "xn--r8jz45g.jp" are one key, and the shape checks DNS imposes.
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The ASCII form of a host name, or null when it is not a usable DNS name (IP literals included).
 * A single label passes only with `allowTld` and when it is a real top-level domain ("user@io").
 */
export function toAsciiHost(host: string, options: { allowTld?: boolean } = {}): string | null {
  const trimmed = host.normalize('NFKC').trim().toLowerCase().replace(/\.$/, '');
  if (trimmed === '' || trimmed.length > 253 * 4) return null;
  // Only letters, digits, hyphens, dots; anything else (spaces, slashes, '%', '@'...) is not a host.
  if (!/^[\p{L}\p{N}\p{M}.-]+$/u.test(trimmed)) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  if (ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 && !(options.allowTld && parse(ascii).isIcann === true)) return null;
  if (!labels.every((label) => LABEL.test(label))) return null;
  // A numeric last label means an IPv4 address (the URL parser also widens "1.2.3" to "1.2.0.3").
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return null;
  return ascii;
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * Secrets handed to people and devices. A fixed prefix and a CRC32 checksum let typos be caught
 * before any database look-up and let leaked-secret scanners recognise them; only SHA-256 is stored.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(bytes: Buffer, width: number): string {
  let n = BigInt(`0x${bytes.toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 62n)] + out;
    n /= 62n;
  }
  return out.padStart(width, '0');
}

function checksum(body: string): string {
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(body) >>> 0);
  return base62(sum, 6);
}

export interface SecretKind {
  prefix: string;
  bytes: number;
  width: number;
}

/** Device tokens: 256 random bits. */
export const DEVICE_TOKEN: SecretKind = { prefix: 'meishi_', bytes: 32, width: 43 };
/** Invite codes: 128 random bits, short enough to paste into a chat. */
export const INVITE_CODE: SecretKind = { prefix: 'meishi-invite_', bytes: 16, width: 22 };

export function newSecret(kind: SecretKind): string {
  const body = base62(randomBytes(kind.bytes), kind.width);
  return `${kind.prefix}${body}${checksum(kind.prefix + body)}`;
}

/** True when the text has the kind's shape and its checksum matches (a typo almost never does). */
export function isWellFormed(kind: SecretKind, text: string): boolean {
  if (!text.startsWith(kind.prefix)) return false;
  const rest = text.slice(kind.prefix.length);
  if (rest.length !== kind.width + 6 || !/^[0-9A-Za-z]+$/.test(rest)) return false;
  const body = rest.slice(0, kind.width);
  return safeEqual(checksum(kind.prefix + body), rest.slice(kind.width));
}

export function hashSecret(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings (length differences are not secret). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

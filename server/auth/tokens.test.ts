import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEVICE_TOKEN, INVITE_CODE, hashSecret, isWellFormed, newSecret, safeEqual } from './tokens';

describe('device tokens and invite codes', () => {
  it('are prefixed, 256-bit random and carry a checksum', () => {
    const token = newSecret(DEVICE_TOKEN);
    expect(token).toMatch(/^meishi_[0-9A-Za-z]{49}$/);
    expect(isWellFormed(DEVICE_TOKEN, token)).toBe(true);
    expect(newSecret(DEVICE_TOKEN)).not.toBe(token);
    expect(isWellFormed(INVITE_CODE, newSecret(INVITE_CODE))).toBe(true);
    expect(isWellFormed(INVITE_CODE, token)).toBe(false);
  });

  it('catch every single-character typo', () => {
    const token = newSecret(DEVICE_TOKEN);
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    let caught = 0;
    let tried = 0;
    for (let i = DEVICE_TOKEN.prefix.length; i < token.length; i++) {
      for (const ch of ['0', 'z', alphabet[(alphabet.indexOf(token[i]!) + 1) % 62]!]) {
        if (ch === token[i]) continue;
        tried++;
        if (!isWellFormed(DEVICE_TOKEN, token.slice(0, i) + ch + token.slice(i + 1))) caught++;
      }
    }
    expect(caught).toBe(tried);
    expect(isWellFormed(DEVICE_TOKEN, token.slice(0, -1))).toBe(false);
    expect(isWellFormed(DEVICE_TOKEN, `${token} `)).toBe(false);
  });

  it('are stored as SHA-256 and compared in constant time', () => {
    const token = newSecret(DEVICE_TOKEN);
    expect(hashSecret(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { jsonDepth } from './body';
import { RateLimiter } from './rate-limit';

describe('jsonDepth', () => {
  it('counts nesting outside strings only', () => {
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[{{{{"}')).toBe(1);
    expect(jsonDepth('{"a":"\\"[[["}')).toBe(1);
    expect(jsonDepth('['.repeat(10_000), 32)).toBe(33);
  });
});

describe('RateLimiter', () => {
  it('allows a burst, then asks to wait, then refills', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 10; i++) expect(limiter.take('k')).toBe(0);
    expect(limiter.take('k')).toBe(1);
    expect(limiter.take('other')).toBe(0);
    now += 1_000;
    expect(limiter.take('k')).toBe(0);
  });
});

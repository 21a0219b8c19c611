import { describe, expect, it } from 'vitest';
import { MessageRateLimiter } from './MessageRateLimiter.ts';

describe('MessageRateLimiter', () => {
  it('[W3] allows a burst, refuses past it, and refills at the sustained rate', () => {
    const limiter = new MessageRateLimiter<object>({ perSecond: 10, burst: 5 });
    const socket = {};
    const results = Array.from({ length: 7 }, () => limiter.allow(socket, 0));
    expect(results).toEqual([true, true, true, true, true, false, false]);
    expect(limiter.allow(socket, 100)).toBe(true); // 0.1 s at 10/s refills one token
    expect(limiter.allow(socket, 100)).toBe(false);
    expect(limiter.allow({}, 100)).toBe(true); // another socket has its own bucket
  });
});

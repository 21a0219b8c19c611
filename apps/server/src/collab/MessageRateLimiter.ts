import { LIMITS } from '../limits.ts';

/**
 * A token bucket per WebSocket, charged when a message ARRIVES (not when
 * Hocuspocus gets round to it: messages are handled one after another with
 * awaited storage appends, so a processing-time limit would never trip under
 * load). Per socket, not per address: behind one proxy every client would
 * share an address.
 */
export class MessageRateLimiter<Key extends object> {
  private readonly buckets = new WeakMap<Key, { tokens: number; at: number }>();
  private readonly rate: number;
  private readonly burst: number;

  constructor(options: { perSecond?: number; burst?: number } = {}) {
    this.rate = options.perSecond ?? LIMITS.wsMessagesPerSecond;
    this.burst = options.burst ?? LIMITS.wsMessageBurst;
  }

  /** Takes one token for the socket; false when it has none left. */
  allow(key: Key, now = performance.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}

import type { beforeHandleMessagePayload, Connection, Extension } from '@hocuspocus/server';
import { CLOSE_CODES } from '@sprintboard/plan';
import { LIMITS } from '../limits.ts';
import type { CollabContext } from './CollabContext.ts';

/**
 * A token bucket per connection (not per address: behind one proxy every
 * client would share a key). A connection that exceeds it is closed with
 * CLOSE_CODES.rateLimited; everyone else keeps editing.
 */
export class RateLimitExtension implements Extension<CollabContext> {
  extensionName = 'RateLimitExtension';
  private readonly buckets = new WeakMap<Connection, { tokens: number; at: number }>();
  private readonly rate: number;
  private readonly burst: number;
  private readonly onRefuse: () => void;

  constructor(options: { perSecond?: number; burst?: number; onRefuse?: () => void } = {}) {
    this.rate = options.perSecond ?? LIMITS.wsMessagesPerSecond;
    this.burst = options.burst ?? LIMITS.wsMessageBurst;
    this.onRefuse = options.onRefuse ?? (() => {});
  }

  async beforeHandleMessage({ connection }: beforeHandleMessagePayload<CollabContext>): Promise<void> {
    const now = performance.now();
    const bucket = this.buckets.get(connection) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.onRefuse();
      // Close the socket with our code (the client sees why and reconnects after its backoff);
      // the thrown close event stops Hocuspocus from handling this message.
      connection.webSocket.close(CLOSE_CODES.rateLimited, 'rate-limited');
      throw { code: CLOSE_CODES.rateLimited, reason: 'rate-limited' };
    }
    bucket.tokens -= 1;
    this.buckets.set(connection, bucket);
  }
}

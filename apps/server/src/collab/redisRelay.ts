import type { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage } from '@hocuspocus/server';

/** Hands a durable client update to every other process; resolves once Redis has taken it. */
export type Relay = (boardId: string, update: Uint8Array) => Promise<void>;

/**
 * Passes a client's update itself to the other processes, before the
 * client is acknowledged. The Redis extension alone only announces a change
 * (a SyncStep1) and peers fetch it a round trip later, so a process killed
 * right after an acknowledgement left its peers without edits it had
 * acknowledged: durable in storage, yet missing from every live doc (and
 * every client) until the board was next loaded.
 *
 * Published in the extension's own wire format on its document channel
 * (`<prefix>:<board>`, prefixed with this instance's identifier —
 * @hocuspocus/extension-redis 4.7), so peers apply it as any update from
 * Redis (origin `redis`: neither logged nor published again) and this
 * process ignores its own copy. Redis delivers what it has accepted even if
 * the publisher dies next.
 */
export function redisRelay(redis: Redis, prefix: string): Relay {
  return async (boardId, update) => {
    const message = new OutgoingMessage(boardId).createSyncMessage().writeUpdate(update).toUint8Array();
    await redis.pub.publish(`${prefix}:${boardId}`, Buffer.concat([redis.messagePrefix, message]));
  };
}

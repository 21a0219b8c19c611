import type { BoardNotice } from '@sprintboard/plan';
import { Redis as IORedis } from 'ioredis';

type LockNotice = Extract<BoardNotice, { type: 'lock' }>;
type Handler = (boardId: string, notice: LockNotice) => void;

/**
 * Carries lock changes to every process serving the workplace, so each one
 * flips its own connections: flipping readOnly on one process does not touch
 * connections held by another.
 */
export interface LockBus {
  publish(boardId: string, notice: LockNotice): Promise<void>;
  close(): Promise<void>;
}

/** One process: the notice goes straight to the handler. */
export function localLockBus(handler: Handler): LockBus {
  return {
    publish: async (boardId, notice) => handler(boardId, notice),
    close: async () => {},
  };
}

const CHANNEL = 'sprintboard:lock';

/** Several processes: notices go through a Redis channel, this process included. */
export async function redisLockBus(url: string, handler: Handler): Promise<LockBus> {
  const pub = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await Promise.all([pub.connect(), sub.connect()]);
  const from = crypto.randomUUID();
  sub.on('message', (_channel: string, message: string) => {
    try {
      const parsed = JSON.parse(message) as { from: string; boardId: string; notice: LockNotice };
      // Our own notices were applied when published.
      if (parsed.from !== from && typeof parsed.boardId === 'string' && parsed.notice?.type === 'lock') {
        handler(parsed.boardId, parsed.notice);
      }
    } catch {
      // A message we did not write; ignore it.
    }
  });
  await sub.subscribe(CHANNEL);
  return {
    publish: async (boardId, notice) => {
      // Apply locally at once (the lock request waits for this process), then tell the others.
      handler(boardId, notice);
      await pub.publish(CHANNEL, JSON.stringify({ from, boardId, notice }));
    },
    close: async () => {
      sub.disconnect();
      pub.disconnect();
    },
  };
}

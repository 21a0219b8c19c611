import type { BoardNotice } from '@sprintboard/plan';
import { Redis as IORedis } from 'ioredis';

type LockNotice = Extract<BoardNotice, { type: 'lock' }>;
/** Applies a notice to this process' connections and resolves once the board's accepted appends are durable. */
type Handler = (boardId: string, notice: LockNotice) => void | Promise<void>;

/**
 * Carries lock changes to every process serving the workplace, so each one
 * flips its own connections: flipping readOnly on one process does not touch
 * connections held by another.
 */
export interface LockBus {
  /**
   * Resolves once every process has applied the notice and finished the
   * appends it had accepted for the board before — so storage then holds
   * everything the board accepted, whichever process took it (the "as
   * locked" snapshot is read right after). A process that does not answer
   * within ACK_TIMEOUT_MS (it died meanwhile) is not waited for longer.
   */
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

/** How long a publish waits for the other processes' acknowledgements. */
const ACK_TIMEOUT_MS = 2_000;

/**
 * Several processes: notices go through the Redis channel `<prefix>:lock`;
 * each process answers on the publisher's own `<prefix>:lock-ack:<id>`
 * channel once it has applied one. PUBLISH tells how many subscribers got
 * the notice, which is how many answers to wait for (less our own).
 */
export async function redisLockBus(url: string, prefix: string, handler: Handler): Promise<LockBus> {
  const channel = `${prefix}:lock`;
  const ackChannel = (process: string) => `${prefix}:lock-ack:${process}`;
  const pub = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await Promise.all([pub.connect(), sub.connect()]);
  const self = crypto.randomUUID();
  /** Acknowledgements received per notice id. */
  const acks = new Map<string, { count: number; wake: () => void }>();
  sub.on('message', (received: string, message: string) => {
    try {
      if (received === ackChannel(self)) {
        const waiting = acks.get(String(JSON.parse(message).id));
        if (waiting) {
          waiting.count++;
          waiting.wake();
        }
        return;
      }
      const parsed = JSON.parse(message) as { from: string; id: string; boardId: string; notice: LockNotice };
      // Our own notices were applied when published.
      if (parsed.from !== self && typeof parsed.boardId === 'string' && parsed.notice?.type === 'lock') {
        Promise.resolve(handler(parsed.boardId, parsed.notice))
          .catch((error) => console.error(`lock notice for board ${parsed.boardId} failed`, error))
          .then(() => pub.publish(ackChannel(parsed.from), JSON.stringify({ id: parsed.id })))
          .catch(() => {});
      }
    } catch {
      // A message we did not write; ignore it.
    }
  });
  await sub.subscribe(channel, ackChannel(self));
  return {
    publish: async (boardId, notice) => {
      // Apply locally at once (the lock request waits for this process), then tell the others.
      await handler(boardId, notice);
      const id = crypto.randomUUID();
      const waiting = { count: 0, wake: () => {} };
      // Registered before publishing: an answer may arrive before PUBLISH returns.
      acks.set(id, waiting);
      try {
        const others = (await pub.publish(channel, JSON.stringify({ from: self, id, boardId, notice }))) - 1;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ACK_TIMEOUT_MS);
          waiting.wake = () => {
            if (waiting.count < others) return;
            clearTimeout(timer);
            resolve();
          };
          waiting.wake();
        });
      } finally {
        acks.delete(id);
      }
    },
    close: async () => {
      sub.disconnect();
      pub.disconnect();
    },
  };
}

import { Redis } from '@hocuspocus/extension-redis';
import { type Extension, Hocuspocus } from '@hocuspocus/server';
import { Redis as IORedis } from 'ioredis';
import type { Metrics } from '../metrics.ts';
import type { Storage } from '../storage/Storage.ts';
import { AuthExtension } from './AuthExtension.ts';
import type { CollabContext } from './CollabContext.ts';
import { LockExtension } from './LockExtension.ts';
import { MetricsExtension } from './MetricsExtension.ts';
import { PersistenceExtension } from './PersistenceExtension.ts';
import { type Relay, redisRelay } from './redisRelay.ts';

/** The collaboration server and the extensions other parts of the server talk to. */
export interface CollabServer {
  hocuspocus: Hocuspocus<CollabContext>;
  lock: LockExtension;
  persistence: PersistenceExtension;
}

/**
 * Composes the Hocuspocus server. The order of the list is policy: hooks of
 * equal priority run in this order, and each step only sees what the ones
 * before let through.
 *
 * (Before any of them, server.ts closes a socket whose messages arrive too
 * fast or are not collaboration messages at all.)
 *
 * 1. Metrics — counts every message, including those refused later.
 * 2. Auth — the one place deciding access: user, board, read-only.
 * 3. Lock — corrects a connection that authenticated just before a lock.
 * 4. Redis (only when scaled out; priority 1000, so it runs first) — updates
 *    and awareness between processes.
 * 5. Persistence — last: appends to the log only what passed every check,
 *    and (scaled out) relays it to the other processes, right before
 *    Hocuspocus applies and acknowledges it.
 */
export function createCollabServer(deps: {
  storage: Storage;
  metrics: Metrics;
  redisUrl?: string;
  /** Namespace of the Redis keys and channels (Config.redisPrefix). */
  redisPrefix: string;
}): CollabServer {
  const lock = new LockExtension();
  const extensions: Extension[] = [new MetricsExtension(deps.metrics), new AuthExtension(deps.storage), lock];
  let relay: Relay | undefined;
  if (deps.redisUrl) {
    const url = deps.redisUrl;
    const prefix = `${deps.redisPrefix}:collab`;
    const redis = new Redis({ createClient: () => new IORedis(url), prefix });
    extensions.push(redis);
    relay = redisRelay(redis, prefix);
  }
  const persistence = new PersistenceExtension(deps.storage, {
    onAppend: (ms) => deps.metrics.observeAppend(ms),
    relay,
  });
  extensions.push(persistence);
  const hocuspocus = new Hocuspocus<CollabContext>({
    name: 'sprintboard',
    quiet: true,
    extensions,
    // Compaction cadence: the log keeps every acknowledged update meanwhile.
    debounce: 2_000,
    maxDebounce: 10_000,
    unloadImmediately: true,
  });
  return { hocuspocus, lock, persistence };
}

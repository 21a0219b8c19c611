import type { CollabServer } from '../collab/createCollabServer.ts';
import type { LockBus } from '../collab/LockBus.ts';
import type { Config } from '../config.ts';
import type { Metrics } from '../metrics.ts';
import type { Storage, User } from '../storage/Storage.ts';

/** What the HTTP routes are built from. */
export interface AppDeps {
  config: Config;
  storage: Storage;
  collab: CollabServer;
  lockBus: LockBus;
  metrics: Metrics;
}

/** Hono's typed variables: who is calling, and how they proved it. */
export interface AppEnv {
  Variables: {
    user: User | null;
    authVia: 'bearer' | 'cookie' | null;
  };
}

import type { User } from '../storage/Storage.ts';

/**
 * The one typed context of every Hocuspocus hook, set by AuthExtension when
 * a connection authenticates.
 */
export interface CollabContext {
  /** The signed-in user behind the connection. */
  user: User;
}

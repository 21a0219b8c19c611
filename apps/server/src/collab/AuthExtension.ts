import { Forbidden, Unauthorized } from '@hocuspocus/common';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { canEditBoard } from '../auth/policy.ts';
import { readCookie, SESSION_COOKIE, userForToken } from '../auth/sessions.ts';
import type { Storage } from '../storage/Storage.ts';
import type { CollabContext } from './CollabContext.ts';

/**
 * The one place that decides access to a board's document: resolves the
 * user from the provider's token (or, for the browser, the session cookie
 * on the upgrade request), refuses unknown boards, and opens the connection
 * read-only for viewers and while the board is locked.
 */
export class AuthExtension implements Extension<CollabContext> {
  extensionName = 'AuthExtension';
  private readonly storage: Storage;

  constructor(storage: Storage) {
    this.storage = storage;
  }

  async onAuthenticate(data: onAuthenticatePayload<CollabContext>): Promise<CollabContext> {
    const cookie = readCookie(data.requestHeaders.get('cookie'), SESSION_COOKIE);
    // The browser cannot read its HttpOnly cookie, so it sends a placeholder token and the cookie rides along.
    const user = (await userForToken(this.storage, data.token)) ?? (await userForToken(this.storage, cookie));
    if (!user) throw Unauthorized;
    const board = await this.storage.getBoard(data.documentName);
    if (!board) throw Forbidden;
    data.connectionConfig.readOnly = !canEditBoard(user, board);
    return { user };
  }
}

import type { connectedPayload, Extension, Hocuspocus, onConfigurePayload } from '@hocuspocus/server';
import { type BoardNotice, CLOSE_CODES } from '@sprintboard/plan';
import { canEditBoard } from '../auth/policy.ts';
import type { CollabContext } from './CollabContext.ts';

/**
 * Applies a board's lock to the connections this process holds: flips them
 * read-only (or back) in place — Hocuspocus then refuses their next update —
 * and tells each client with a `lock` notice so editors turn read-only
 * without a reload. Other processes get the same call through the lock bus.
 *
 * It remembers the lock per board so a connection that authenticated just
 * before a lock (and so was opened writable) is corrected once connected.
 */
export class LockExtension implements Extension<CollabContext> {
  extensionName = 'LockExtension';
  private instance: Hocuspocus | undefined;
  private readonly locked = new Map<string, boolean>();

  async onConfigure({ instance }: onConfigurePayload): Promise<void> {
    this.instance = instance;
  }

  async connected({ connection, documentName }: connectedPayload<CollabContext>): Promise<void> {
    if (this.locked.get(documentName) === true && !connection.readOnly) {
      connection.readOnly = true;
      connection.sendStateless(JSON.stringify(lockNotice(true, null, null, null)));
    }
  }

  /** Applies a lock change to this process' connections of the board; returns how many it changed. */
  apply(boardId: string, notice: Extract<BoardNotice, { type: 'lock' }>): number {
    this.locked.set(boardId, notice.locked);
    const document = this.instance?.documents.get(boardId);
    if (!document) return 0;
    let changed = 0;
    const board = { lockedAt: notice.locked ? (notice.at ?? new Date().toISOString()) : null };
    for (const connection of document.getConnections()) {
      const context: CollabContext | undefined = connection.context;
      const readOnly = context ? !canEditBoard(context.user, board) : true;
      if (connection.readOnly !== readOnly) changed++;
      connection.readOnly = readOnly;
      connection.sendStateless(JSON.stringify(notice));
      // After an unlock every client reconnects: Yjs updates it sent while locked were refused, and
      // later ones depend on them, so only a fresh sync (which resends them) lets it edit again.
      if (!notice.locked) connection.webSocket.close(CLOSE_CODES.accessChanged, 'access changed');
    }
    return changed;
  }

  /** Forgets the cached lock of a board whose document is gone from this process. */
  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.locked.delete(documentName);
  }
}

/** A lock notice. */
export function lockNotice(
  locked: boolean,
  by: string | null,
  at: string | null,
  snapshotId: string | null,
): Extract<BoardNotice, { type: 'lock' }> {
  return { type: 'lock', locked, by, at, snapshotId };
}

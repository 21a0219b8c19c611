import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { type BoardNotice, parseBoardNotice } from '@sprintboard/plan';
import { waitFor } from '@sprintboard/server/testing/waitFor.ts';
import * as Y from 'yjs';

/**
 * One collaborator whose Y.Doc outlives its connections, like a browser tab:
 * when its server dies it opens a new provider on the same doc to another
 * process (a provider cannot change its URL), and what it typed meanwhile
 * goes along with the next sync.
 *
 * It records every edit it makes under a unique marker and which of them
 * the server acknowledged: an edit counts as acknowledged once the provider
 * reports no unsynced changes after it was made (the server acknowledges an
 * update only after appending it to the durable log).
 */
export class Peer {
  readonly doc = new Y.Doc();
  readonly boardId: string;
  readonly token: string;
  /** Board notices (lock, access) received over every connection so far, with when they arrived. */
  readonly notices: Array<{ notice: BoardNotice; at: number }> = [];
  /** Markers of the edits this peer made, in order. */
  readonly written: string[] = [];
  /** How many of `written` were acknowledged. */
  acknowledgedCount = 0;
  provider: HocuspocusProvider | undefined;

  constructor(boardId: string, token: string) {
    this.boardId = boardId;
    this.token = token;
  }

  /** The edits the server has acknowledged. */
  get acknowledged(): string[] {
    return this.written.slice(0, this.acknowledgedCount);
  }

  /** Opens a provider on this peer's doc to the server at `wsUrl` (closing any previous one). */
  connect(wsUrl: string): HocuspocusProvider {
    this.disconnect();
    const provider = new HocuspocusProvider({
      url: wsUrl,
      name: this.boardId,
      token: this.token,
      document: this.doc,
      onStateless: ({ payload }) => {
        const notice = parseBoardNotice(payload);
        if (notice) this.notices.push({ notice, at: performance.now() });
      },
      onUnsyncedChanges: ({ number }) => {
        // A (re)connect counts as one change until the server acknowledged our whole state, so a
        // zero after a reconnect also covers what was written while disconnected.
        if (number === 0) this.acknowledgedCount = this.written.length;
      },
    });
    this.provider = provider;
    return provider;
  }

  /** Closes the provider (if any) and keeps the doc, like a tab that lost its server. */
  disconnect(): void {
    this.provider?.destroy();
    this.provider = undefined;
  }

  /** Drops the connection but keeps the provider, like a network blip; `online()` ends it. */
  offline(): void {
    this.provider?.disconnect();
  }

  /** Reconnects the provider after `offline()`. */
  async online(): Promise<void> {
    const socket = this.provider?.configuration.websocketProvider;
    if (!socket) return;
    // connect() does nothing while the old socket still counts as connected, and the close that
    // follows then does not reconnect either: wait until the old socket is really closed.
    await waitFor(() => {
      if (socket.status !== WebSocketStatus.Disconnected) throw new Error('old socket still open');
    }, 10_000);
    // Closed for good meanwhile (disconnect() or destroy()): stay closed.
    if (this.provider?.configuration.websocketProvider === socket) void socket.connect();
  }

  /** Makes one edit, recorded under `marker`. */
  write(marker: string, edit: (doc: Y.Doc) => void): void {
    this.written.push(marker);
    edit(this.doc);
  }

  /** Resolves once the current provider completed its first sync. */
  synced(timeoutMs = 10_000): Promise<void> {
    return waitFor(() => {
      if (!this.provider?.synced) throw new Error('not synced yet');
    }, timeoutMs);
  }

  /** Resolves once every edit written so far is acknowledged. */
  allAcknowledged(timeoutMs = 10_000): Promise<void> {
    return waitFor(() => {
      if (!this.provider?.synced || this.provider.hasUnsyncedChanges) throw new Error('unsynced changes');
      if (this.acknowledgedCount < this.written.length) throw new Error('unacknowledged edits');
    }, timeoutMs);
  }

  /** Closes the provider and the doc. */
  destroy(): void {
    this.disconnect();
    this.doc.destroy();
  }
}

import { HocuspocusProvider } from '@hocuspocus/provider';
import { type BoardNotice, parseBoardNotice } from '@sprintboard/plan';
import * as Y from 'yjs';
import { waitFor } from './waitFor.ts';

/** A real provider client of a board, as the web app would open it. */
export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  notices: BoardNotice[];
  authFailures: string[];
  closes: number[];
  /** Resolves once the first sync completed. */
  synced(): Promise<void>;
  /** Resolves once everything this client sent is acknowledged by the server. */
  acknowledged(): Promise<void>;
  destroy(): void;
}

/** Opens a board as a user (by token) over a real WebSocket. */
export function connectClient(wsUrl: string, boardId: string, token: string): CollabClient {
  const doc = new Y.Doc();
  const notices: BoardNotice[] = [];
  const authFailures: string[] = [];
  const closes: number[] = [];
  let isSynced = false;
  const provider = new HocuspocusProvider({
    url: wsUrl,
    name: boardId,
    token,
    document: doc,
    onSynced: () => {
      isSynced = true;
    },
    onStateless: ({ payload }) => {
      const notice = parseBoardNotice(payload);
      if (notice) notices.push(notice);
    },
    onAuthenticationFailed: ({ reason }) => {
      authFailures.push(reason);
    },
    onClose: ({ event }) => {
      closes.push(event.code);
    },
  });
  return {
    doc,
    provider,
    notices,
    authFailures,
    closes,
    synced: () =>
      waitFor(() => {
        if (!isSynced) throw new Error('not synced yet');
      }),
    acknowledged: () =>
      waitFor(() => {
        if (provider.hasUnsyncedChanges) throw new Error('unacknowledged changes');
      }),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { parseBoardNotice } from '@sprintboard/plan';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { closeMessage } from './closeMessages.ts';
import { colorForHandle } from './colorForHandle.ts';
import { initialRoomState, type LockInfo, type RoomEvent, type RoomState, roomReducer } from './roomState.ts';
import { Store } from './Store.ts';

/** Who is at this end of the room, as carets and the presence bar show them. */
export interface RoomUser {
  handle: string;
  name: string;
}

/** Prefix of the IndexedDB databases holding boards for offline use. */
export const LOCAL_DB_PREFIX = 'sprintboard:board:';

/**
 * One open board: its Y.Doc, the one HocuspocusProvider connection that
 * syncs it (every editor of the page binds to a fragment of this doc), the
 * awareness carrying carets and presence, and the IndexedDB copy that shows
 * the board at once on reload and keeps offline edits. Lives outside React;
 * components read its stores through hooks.
 */
export class Room {
  readonly boardId: string;
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  /** Connection, sync and lock state. */
  readonly state = new Store<RoomState>(initialRoomState(navigator.onLine));
  private readonly local: IndexeddbPersistence;
  private readonly onOnline = () => this.dispatch({ type: 'online', online: true });
  private readonly onOffline = () => this.dispatch({ type: 'online', online: false });
  private destroyed = false;

  constructor(boardId: string, user: RoomUser) {
    this.boardId = boardId;
    this.local = new IndexeddbPersistence(`${LOCAL_DB_PREFIX}${boardId}`, this.doc);
    this.local.whenSynced.then(() => this.dispatch({ type: 'localLoaded' })).catch(() => undefined);
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    this.provider = new HocuspocusProvider({
      url: `${scheme}://${window.location.host}/collab`,
      name: boardId,
      document: this.doc,
      // The browser cannot read its HttpOnly session cookie; the server takes it from the upgrade request.
      token: 'cookie',
      onStatus: ({ status }) => this.dispatch({ type: 'status', status: socketState(status) }),
      onSynced: ({ state }) => {
        if (state) this.dispatch({ type: 'synced' });
      },
      onUnsyncedChanges: ({ number }) => this.dispatch({ type: 'unsynced', count: number }),
      onClose: ({ event }) => this.onClose(event.code),
      onAuthenticationFailed: ({ reason }) => this.onAuthFailed(reason),
      onAuthenticated: ({ scope }) => this.dispatch({ type: 'authenticated', scope }),
      onStateless: ({ payload }) => {
        const notice = parseBoardNotice(payload);
        if (notice) this.dispatch({ type: 'notice', notice });
      },
    });
    this.provider.setAwarenessField('user', {
      handle: user.handle,
      name: user.name || user.handle,
      color: colorForHandle(user.handle),
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  /** Applies an event to the room's state. */
  dispatch(event: RoomEvent): void {
    if (!this.destroyed) this.state.update((state) => roomReducer(state, event));
  }

  /** Takes the lock state from the board's row (ignored once a live notice arrived). */
  applyBoardRow(lock: LockInfo): void {
    this.dispatch({ type: 'boardRow', lock });
  }

  /** Tells the others which section this user is in (null: none). */
  setSection(section: string | null): void {
    if (!this.destroyed) this.provider.setAwarenessField('section', section);
  }

  /** Tries to connect again now (after the user fixed what stopped it). */
  reconnect(): void {
    void this.provider.configuration.websocketProvider.connect();
  }

  private onClose(code: number | undefined): void {
    this.dispatch({ type: 'closed', code: code ?? null });
    // Sign-in and reload problems do not fix themselves: stop retrying until the user acts.
    if (!closeMessage(code ?? null).retry) this.provider.configuration.websocketProvider.disconnect();
  }

  private onAuthFailed(reason: string): void {
    this.dispatch({ type: 'authFailed', reason });
    this.provider.configuration.websocketProvider.disconnect();
  }

  /** Closes the connection and the local copy; the room cannot be used afterwards. */
  destroy(): void {
    this.destroyed = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.provider.destroy();
    void this.local.destroy();
    this.doc.destroy();
  }
}

function socketState(status: WebSocketStatus): RoomState['socket'] {
  if (status === WebSocketStatus.Connected) return 'connected';
  if (status === WebSocketStatus.Connecting) return 'connecting';
  return 'disconnected';
}

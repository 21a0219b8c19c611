import type { BoardNotice } from '@sprintboard/plan';
import { type CloseMessage, closeMessage } from './closeMessages.ts';

/** The lock of a board as this client knows it. */
export interface LockInfo {
  locked: boolean;
  by: string | null;
  at: string | null;
  /** The "as locked" snapshot, once the server has taken it. */
  snapshotId: string | null;
}

/**
 * Everything the UI shows about a room's connection and access. Changed
 * only through roomReducer, so every transition is testable without a
 * socket.
 */
export interface RoomState {
  /** The WebSocket's state. */
  socket: 'connecting' | 'connected' | 'disconnected';
  /** The first sync with the server finished since the socket last opened. */
  synced: boolean;
  /** The copy kept in IndexedDB was loaded: the board can be shown before the server answers. */
  localLoaded: boolean;
  /** Local changes the server has not acknowledged yet. */
  unsyncedChanges: number;
  /** What the browser says about the network. */
  online: boolean;
  /** Close code of the last time the socket closed, until it syncs again. */
  lastClose: number | null;
  /** The server refused the connection (reason), until it is accepted again. */
  authFailed: string | null;
  /** Access the server granted on this connection. */
  scope: 'read-write' | 'readonly' | null;
  /** The server said this connection became read-only (true) or writable (false) in place. */
  accessReadOnly: boolean | null;
  /** The board's lock. */
  lock: LockInfo;
  /** Set once a lock notice arrived: a board row read earlier must not overwrite it. */
  lockFromNotice: boolean;
}

/** Something that happened to a room. */
export type RoomEvent =
  | { type: 'status'; status: RoomState['socket'] }
  | { type: 'synced' }
  | { type: 'localLoaded' }
  | { type: 'unsynced'; count: number }
  | { type: 'online'; online: boolean }
  | { type: 'closed'; code: number | null }
  | { type: 'authFailed'; reason: string }
  | { type: 'authenticated'; scope: 'read-write' | 'readonly' }
  | { type: 'notice'; notice: BoardNotice }
  | { type: 'boardRow'; lock: LockInfo };

/** A room that has just been opened. */
export function initialRoomState(online = true): RoomState {
  return {
    socket: 'connecting',
    synced: false,
    localLoaded: false,
    unsyncedChanges: 0,
    online,
    lastClose: null,
    authFailed: null,
    scope: null,
    accessReadOnly: null,
    lock: { locked: false, by: null, at: null, snapshotId: null },
    lockFromNotice: false,
  };
}

/** The next state of a room. Pure. */
export function roomReducer(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case 'status':
      return event.status === 'connected'
        ? { ...state, socket: 'connected' }
        : { ...state, socket: event.status, synced: false };
    case 'synced':
      return { ...state, synced: true, lastClose: null, authFailed: null };
    case 'localLoaded':
      return { ...state, localLoaded: true };
    case 'unsynced':
      return { ...state, unsyncedChanges: Math.max(0, event.count) };
    case 'online':
      return { ...state, online: event.online };
    case 'closed':
      return { ...state, socket: 'disconnected', synced: false, lastClose: event.code, scope: null };
    case 'authFailed':
      return { ...state, authFailed: event.reason, synced: false };
    case 'authenticated':
      // A fresh authentication decides access again; an in-place flip from before no longer applies.
      return { ...state, scope: event.scope, accessReadOnly: null, authFailed: null };
    case 'boardRow':
      return state.lockFromNotice ? state : { ...state, lock: event.lock };
    case 'notice':
      if (event.notice.type === 'access') return { ...state, accessReadOnly: event.notice.readOnly };
      return {
        ...state,
        lockFromNotice: true,
        lock: {
          locked: event.notice.locked,
          by: event.notice.by ?? (event.notice.locked === state.lock.locked ? state.lock.by : null),
          at: event.notice.at ?? (event.notice.locked === state.lock.locked ? state.lock.at : null),
          snapshotId: event.notice.snapshotId ?? (event.notice.locked ? state.lock.snapshotId : null),
        },
      };
  }
}

/** True when the server would accept edits from this user on this connection right now. */
export function canWrite(state: RoomState, roleMayEdit: boolean): boolean {
  if (!roleMayEdit || state.lock.locked) return false;
  if (state.accessReadOnly !== null) return !state.accessReadOnly;
  return state.scope !== 'readonly';
}

/** The connection badge: one of four states, plus details when something went wrong. */
export interface ConnectionView {
  kind: 'connecting' | 'connected' | 'offline' | 'synced';
  label: string;
  detail: string | null;
  action?: CloseMessage['action'];
}

/** What the connection badge shows for a state. */
export function connectionView(state: RoomState): ConnectionView {
  if (state.authFailed !== null) {
    const forbidden = /forbidden|403/i.test(state.authFailed);
    const message = closeMessage(forbidden ? 4403 : 4401);
    return { kind: 'offline', label: 'Not connected', detail: message.text, action: message.action };
  }
  const pending = state.unsyncedChanges > 0 ? pendingText(state.unsyncedChanges) : null;
  if (!state.online || state.socket === 'disconnected') {
    const close = state.lastClose !== null ? closeMessage(state.lastClose) : null;
    const base = !state.online
      ? 'You are offline. Keep editing: your changes are kept here and sync when the connection returns.'
      : (close?.text ?? 'Reconnecting…');
    return {
      kind: 'offline',
      label: 'Offline',
      detail: pending ? `${base} ${pending}` : base,
      action: close?.action,
    };
  }
  if (state.socket === 'connecting') {
    return { kind: 'connecting', label: 'Connecting…', detail: pending };
  }
  if (!state.synced) return { kind: 'connected', label: 'Connected', detail: 'Syncing with the server…' };
  if (state.unsyncedChanges > 0) return { kind: 'connected', label: 'Saving…', detail: pending };
  return { kind: 'synced', label: 'Synced', detail: 'Every change is saved on the server.' };
}

function pendingText(count: number): string {
  return count === 1 ? '1 change waiting to sync.' : `${count} changes waiting to sync.`;
}

import { useSyncExternalStore } from 'react';
import type { Room } from '../room/Room.ts';
import type { LockInfo } from '../room/roomState.ts';

/**
 * The board's lock as this client knows it. Re-renders only when the lock
 * changes, not on every sync tick (the reducer keeps the same object).
 */
export function useLock(room: Room): LockInfo {
  return useSyncExternalStore(room.state.subscribe, () => room.state.get().lock);
}

import { useSyncExternalStore } from 'react';
import type { Room } from '../room/Room.ts';
import { canWrite } from '../room/roomState.ts';

/** Whether this user may edit the board right now (role, lock, connection access); re-renders only when it flips. */
export function useCanWrite(room: Room, roleMayEdit: boolean): boolean {
  return useSyncExternalStore(room.state.subscribe, () => canWrite(room.state.get(), roleMayEdit));
}

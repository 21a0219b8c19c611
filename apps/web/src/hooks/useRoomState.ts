import type { Room } from '../room/Room.ts';
import type { RoomState } from '../room/roomState.ts';
import { useStore } from './useStore.ts';

/** The room's connection, sync and lock state. */
export function useRoomState(room: Room): RoomState {
  return useStore(room.state);
}

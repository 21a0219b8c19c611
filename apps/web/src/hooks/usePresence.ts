import type { Room } from '../room/Room.ts';
import { type Peer, presenceStore } from '../room/roomStores.ts';
import { useStore } from './useStore.ts';

/** Who is on the board and in which section. */
export function usePresence(room: Room): Peer[] {
  return useStore(presenceStore(room));
}

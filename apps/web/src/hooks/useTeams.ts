import type { Room } from '../room/Room.ts';
import { type TeamEntry, teamsStore } from '../room/roomStores.ts';
import { useStore } from './useStore.ts';

/** The board's teams in display order. */
export function useTeams(room: Room): TeamEntry[] {
  return useStore(teamsStore(room));
}

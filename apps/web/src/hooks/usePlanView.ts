import type { PlanView } from '@sprintboard/plan';
import type { Room } from '../room/Room.ts';
import { planViewStore } from '../room/roomStores.ts';
import { useStore } from './useStore.ts';

/** The live typed view of the board (rebuilt shortly after each change). */
export function usePlanView(room: Room): PlanView | null {
  return useStore(planViewStore(room));
}

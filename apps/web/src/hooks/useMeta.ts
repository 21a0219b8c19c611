import type { PlanMeta } from '@sprintboard/plan';
import type { Room } from '../room/Room.ts';
import { metaStore } from '../room/roomStores.ts';
import { useStore } from './useStore.ts';

/** The board's title, sprint number and dates, live. */
export function useMeta(room: Room): PlanMeta {
  return useStore(metaStore(room));
}

import type { Finding } from '@sprintboard/plan';
import { useSyncExternalStore } from 'react';
import type { HealthStore } from '../health/findingsStore.ts';

const NONE: readonly Finding[] = [];

/** The plan-health findings shown beside one node (goal, sub-goal, item, team). */
export function useFindingsFor(health: HealthStore, id: string | null): readonly Finding[] {
  return useSyncExternalStore(health.subscribe, () => (id ? (health.get().byId.get(id) ?? NONE) : NONE));
}

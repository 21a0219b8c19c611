import type { Health, HealthStore } from '../health/findingsStore.ts';
import { useStore } from './useStore.ts';

/** Every plan-health finding of the board. */
export function useHealth(health: HealthStore): Health {
  return useStore(health);
}

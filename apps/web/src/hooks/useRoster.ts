import type { Person } from '../api/apiSchemas.ts';
import { roster } from '../session/session.ts';
import { useStore } from './useStore.ts';

/** The people owners are chosen from. */
export function useRoster(): Person[] {
  return useStore(roster);
}

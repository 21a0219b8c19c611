import { useSyncExternalStore } from 'react';
import { getLocation, type LocationSnapshot, subscribeLocation } from '../router/navigation.ts';

/** The current path and query string; re-renders on navigation. */
export function useLocation(): LocationSnapshot {
  return useSyncExternalStore(subscribeLocation, getLocation);
}

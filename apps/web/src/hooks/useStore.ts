import { useSyncExternalStore } from 'react';
import type { Store } from '../room/Store.ts';

/** The current value of an external store; re-renders when it changes. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get);
}

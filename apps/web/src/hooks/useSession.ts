import { type SessionState, session } from '../session/session.ts';
import { useStore } from './useStore.ts';

/** The session: loading, anonymous, or the signed-in user. */
export function useSession(): SessionState {
  return useStore(session);
}

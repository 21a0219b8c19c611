import { createContext, useContext } from 'react';
import type { Person, User } from '../api/apiSchemas.ts';
import type { HealthStore } from '../health/findingsStore.ts';
import type { Room } from '../room/Room.ts';

/** What every part of a board page (node views included) needs to know. */
export interface BoardContextValue {
  room: Room;
  user: User;
  people: readonly Person[];
  health: HealthStore;
  /** The user may edit now: role, lock and connection access allow it. */
  canEdit: boolean;
  /** The user is a lead or admin. */
  isLead: boolean;
}

/** The board page's context. */
export const BoardContext = createContext<BoardContextValue | null>(null);

/** The board page's context; only inside a board page. */
export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard() outside a board page');
  return value;
}

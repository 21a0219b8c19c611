import { addTeam, moveTeam, removeTeam, renameTeam } from '@sprintboard/plan';
import type { Room } from './Room.ts';

/**
 * Changes to the board's team sections. Each is one Yjs transaction through
 * the plan's typed write API, with the room as origin.
 */
export const teamActions = {
  /** Adds a team from the template at the end; returns its id. */
  add: (room: Room, name: string): string => addTeam(room.doc, name.trim() || 'New team', room),
  /** Renames a team. */
  rename: (room: Room, teamId: string, name: string): void => renameTeam(room.doc, teamId, name.trim(), room),
  /** Removes a team with everything in it. */
  remove: (room: Room, teamId: string): void => removeTeam(room.doc, teamId, room),
  /** Moves a team to a position among the teams. */
  move: (room: Room, teamId: string, toIndex: number): void => moveTeam(room.doc, teamId, toIndex, room),
};

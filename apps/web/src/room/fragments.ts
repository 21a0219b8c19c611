import { type SectionKey, sectionFragment, teamBody, teamsMap } from '@sprintboard/plan';
import type * as Y from 'yjs';
import type { Room } from './Room.ts';

/** The fragment a section editor binds to. */
export function sectionFragmentOf(room: Room, key: SectionKey): Y.XmlFragment {
  return sectionFragment(room.doc, key);
}

/** The body fragment of a team, if the team exists. */
export function teamFragmentOf(room: Room, teamId: string): Y.XmlFragment | undefined {
  const team = teamsMap(room.doc).get(teamId);
  return team ? teamBody(team) : undefined;
}

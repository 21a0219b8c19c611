import { usePresence } from '../hooks/usePresence.ts';
import { useTeams } from '../hooks/useTeams.ts';
import type { Room } from '../room/Room.ts';
import { Avatar } from './Avatar.tsx';
import { sectionName } from './sectionName.ts';

/** Who is on the board (one avatar per person) and in which section. */
export function PresenceBar(props: { room: Room }) {
  const peers = usePresence(props.room);
  const teams = useTeams(props.room);
  const byHandle = new Map<string, (typeof peers)[number]>();
  for (const peer of peers) {
    const seen = byHandle.get(peer.handle);
    // One avatar per person; prefer the tab where they are in a section.
    if (!seen || (!seen.section && peer.section) || peer.self) byHandle.set(peer.handle, peer);
  }
  const people = [...byHandle.values()];
  return (
    <ul className="presence" aria-label="People on this board">
      {people.map((peer) => {
        const where = sectionName(peer.section, teams);
        const label = `${peer.name}${peer.self ? ' (you)' : ''}${where ? ` — in ${where}` : ''}`;
        return (
          <li key={peer.handle} className="presence__person" title={label} aria-label={label}>
            <Avatar handle={peer.handle} name={peer.name} title={label} />
            {where && (
              <span className="presence__where" aria-hidden="true">
                {where}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

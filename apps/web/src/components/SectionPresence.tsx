import { usePresence } from '../hooks/usePresence.ts';
import type { Room } from '../room/Room.ts';
import { Avatar } from './Avatar.tsx';

/** Small avatars beside a section's title: the other people working in it right now. */
export function SectionPresence(props: { room: Room; section: string }) {
  const peers = usePresence(props.room).filter((p) => !p.self && p.section === props.section);
  const people = [...new Map(peers.map((p) => [p.handle, p])).values()];
  if (people.length === 0) return null;
  const names = people.map((p) => p.name).join(', ');
  return (
    <span
      className="section-presence"
      title={`Here now: ${names}`}
      role="img"
      aria-label={`Here now: ${names}`}
    >
      {people.map((p) => (
        <Avatar key={p.handle} handle={p.handle} name={p.name} size="sm" />
      ))}
    </span>
  );
}

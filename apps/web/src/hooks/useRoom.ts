import { useEffect, useState } from 'react';
import { acquireRoom, releaseRoom } from '../room/openRoom.ts';
import type { Room, RoomUser } from '../room/Room.ts';

/** The room of a board while the component is mounted (null for the first render). */
export function useRoom(boardId: string, user: RoomUser): Room | null {
  const [room, setRoom] = useState<Room | null>(null);
  const { handle, name } = user;
  useEffect(() => {
    const opened = acquireRoom(boardId, { handle, name });
    setRoom(opened);
    return () => {
      releaseRoom(opened);
      setRoom(null);
    };
  }, [boardId, handle, name]);
  return room;
}

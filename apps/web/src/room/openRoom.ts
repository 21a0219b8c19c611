import { Room, type RoomUser } from './Room.ts';

const rooms = new Map<string, { room: Room; users: number; closing?: ReturnType<typeof setTimeout> }>();

/**
 * The room of a board, shared by everything on the page that shows it:
 * opened on first use, closed shortly after the last user lets go (the delay
 * lets React's double mount in development reuse the same connection).
 */
export function acquireRoom(boardId: string, user: RoomUser): Room {
  const entry = rooms.get(boardId);
  if (entry) {
    if (entry.closing) clearTimeout(entry.closing);
    entry.closing = undefined;
    entry.users++;
    return entry.room;
  }
  const room = new Room(boardId, user);
  rooms.set(boardId, { room, users: 1 });
  return room;
}

/** Lets go of a room acquired with acquireRoom. */
export function releaseRoom(room: Room): void {
  const entry = rooms.get(room.boardId);
  if (!entry || entry.room !== room) return;
  entry.users--;
  if (entry.users > 0) return;
  entry.closing = setTimeout(() => {
    rooms.delete(room.boardId);
    room.destroy();
  }, 100);
}

/** Closes every room (on sign-out). */
export function closeAllRooms(): void {
  for (const { room, closing } of rooms.values()) {
    if (closing) clearTimeout(closing);
    room.destroy();
  }
  rooms.clear();
}

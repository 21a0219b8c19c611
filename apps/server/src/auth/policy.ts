import type { Board, Role, User } from '../storage/Storage.ts';

/**
 * Who may do what. The HTTP routes and the collab AuthExtension both ask
 * here, so there is one answer to "may this user write this board".
 */
const RANK: Record<Role, number> = { viewer: 0, member: 1, lead: 2, admin: 3 };

/** True when the user's role is at least `min`. */
export function hasRole(user: Pick<User, 'role'>, min: Role): boolean {
  return RANK[user.role] >= RANK[min];
}

/** Members and up edit a board while it is unlocked; nobody edits a locked board. */
export function canEditBoard(user: Pick<User, 'role'>, board: Pick<Board, 'lockedAt'>): boolean {
  return hasRole(user, 'member') && board.lockedAt === null;
}
